package dev.nightshift.precompute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best {@code n} of a stream of items, holding only {@code n} in memory: one user's candidates
 * can be many, their result is short. With a total order the result does not depend on the order
 * the items arrive in.
 */
public final class TopN {
  private TopN() {}

  /** The best {@code n} items, best first. */
  public static <T> List<T> of(Iterable<T> items, Comparator<? super T> bestFirst, int n) {
    if (n <= 0) {
      return List.of();
    }
    Comparator<? super T> worstFirst = bestFirst.reversed();
    PriorityQueue<T> kept = new PriorityQueue<>(worstFirst);
    for (T item : items) {
      if (kept.size() < n) {
        kept.add(item);
      } else if (bestFirst.compare(item, kept.peek()) < 0) {
        // Most candidates lose to the worst one kept; only the rare better one touches the heap.
        kept.poll();
        kept.add(item);
      }
    }
    List<T> best = new ArrayList<>(kept);
    best.sort(bestFirst);
    return best;
  }
}
