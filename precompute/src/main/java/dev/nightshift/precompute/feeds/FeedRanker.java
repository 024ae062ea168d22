package dev.nightshift.precompute.feeds;

import dev.nightshift.precompute.TopN;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Ranks one user's candidates into the feed: unseen posts only, highest score first, ties broken by
 * the lower post id, at most {@link FeedParameters#size()} items.
 */
public final class FeedRanker {
  static final Comparator<FeedCandidate> BEST_FIRST =
      Comparator.comparingDouble(FeedCandidate::score)
          .reversed()
          .thenComparingLong(FeedCandidate::postId);

  private final int size;

  public FeedRanker(FeedParameters parameters) {
    this.size = parameters.size();
  }

  /**
   * @param candidates distinct posts, in any order
   * @param seen true for posts the user has already viewed
   * @return the feed in rank order; the same whatever order the candidates arrive in
   */
  public List<FeedItem> rank(long userId, Iterable<FeedCandidate> candidates, LongPredicate seen) {
    List<FeedCandidate> unseen = new ArrayList<>();
    for (FeedCandidate candidate : candidates) {
      if (!seen.test(candidate.postId())) {
        unseen.add(candidate);
      }
    }
    List<FeedItem> feed = new ArrayList<>();
    for (FeedCandidate c : TopN.of(unseen, BEST_FIRST, size)) {
      feed.add(
          new FeedItem(
              userId, feed.size() + 1, c.postId(), c.authorId(), c.score(), c.createdAt()));
    }
    return feed;
  }
}
