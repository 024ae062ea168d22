package dev.nightshift.precompute.trends;

import java.time.Instant;
import java.util.Comparator;

/** One (window, region) pair: the unit that trends are counted and ranked in. */
public record TrendKey(Instant windowStart, long region) implements Comparable<TrendKey> {
  private static final Comparator<TrendKey> ORDER =
      Comparator.comparing(TrendKey::windowStart).thenComparingLong(TrendKey::region);

  /** The same region, {@code windows} windows of {@code parameters.window()} earlier. */
  public TrendKey earlier(int windows, TrendParameters parameters) {
    return new TrendKey(windowStart.minus(parameters.window().multipliedBy(windows)), region);
  }

  @Override
  public int compareTo(TrendKey other) {
    return ORDER.compare(this, other);
  }
}
