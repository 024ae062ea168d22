package dev.nightshift.precompute.feeds;

import dev.nightshift.precompute.serving.document.FeedDocument;
import java.util.List;

/** A user's ranked feed items as the serving document apps read. */
public final class FeedDocuments {
  private FeedDocuments() {}

  /** The document of one user's items, in rank order. */
  public static FeedDocument of(long userId, List<FeedItem> items) {
    return new FeedDocument(
        userId,
        items.stream()
            .map(i -> new FeedDocument.Item(i.postId(), i.authorId(), i.createdAt(), i.score()))
            .toList());
  }
}
