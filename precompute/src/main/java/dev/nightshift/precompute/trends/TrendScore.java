package dev.nightshift.precompute.trends;

/**
 * How far a tag's count in a window rises above its own baseline (the mean of its counts in the
 * windows before):
 *
 * <pre>score = (count - baseline) / sqrt(baseline + 1)</pre>
 *
 * Counts of independent posts vary like a Poisson variable, whose standard deviation is the square
 * root of its mean, so the score reads as "standard deviations above normal": a tag that always has
 * 1,000 posts an hour scores about 0, a tag that jumps from 0 to 30 scores 30.
 */
public final class TrendScore {
  private TrendScore() {}

  public static double of(long count, double baseline) {
    return (count - baseline) / Math.sqrt(baseline + 1);
  }
}
