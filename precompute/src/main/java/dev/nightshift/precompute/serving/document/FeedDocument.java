package dev.nightshift.precompute.serving.document;

import java.time.Instant;
import java.util.List;

/** A user's home feed: the ranked posts of the people they follow, best first. */
public record FeedDocument(long userId, List<Item> items) implements ServingDocument.PerUser {

  public record Item(long postId, long authorId, Instant createdAt, double score)
      implements ServingDocument.Scored {}
}
