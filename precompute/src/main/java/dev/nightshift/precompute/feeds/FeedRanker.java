package dev.nightshift.precompute.feeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.LongPredicate;

/**
 * Ranks one user's candidates into the feed: unseen posts only, highest score first, ties broken
 * by the lower post id, at most {@link FeedParameters#size()} items. Keeps only {@code size}
 * candidates in memory, so a user following thousands of authors costs no more.
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
    PriorityQueue<FeedCandidate> worstFirst = new PriorityQueue<>(BEST_FIRST.reversed());
    for (FeedCandidate candidate : candidates) {
      if (seen.test(candidate.postId())) {
        continue;
      }
      worstFirst.add(candidate);
      if (worstFirst.size() > size) {
        worstFirst.poll();
      }
    }
    List<FeedCandidate> best = new ArrayList<>(worstFirst);
    best.sort(BEST_FIRST);
    List<FeedItem> feed = new ArrayList<>(best.size());
    for (int i = 0; i < best.size(); i++) {
      FeedCandidate c = best.get(i);
      feed.add(new FeedItem(userId, i + 1, c.postId(), c.authorId(), c.score(), c.createdAt()));
    }
    return feed;
  }
}
