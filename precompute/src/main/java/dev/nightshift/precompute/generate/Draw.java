package dev.nightshift.precompute.generate;

import java.util.random.RandomGenerator;

/** Samples from the distributions the generator needs. */
final class Draw {
  /** Past this mean, the Poisson draw uses the normal approximation (Knuth's loop gets slow). */
  private static final double POISSON_NORMAL_FROM = 30;

  private static final long MS_PER_HOUR = 3_600_000L;

  /** Relative activity per hour of the day: quiet at night, busiest in the evening. */
  private static final double[] HOURS =
      cumulative(
          new double[] {
            2, 1, 1, 1, 1, 2, 4, 6, 7, 7, 7, 8, 9, 8, 7, 7, 8, 9, 10, 11, 11, 10, 7, 4
          });

  private Draw() {}

  /** A time of day in milliseconds, following the daily activity curve. */
  static long msOfDay(RandomGenerator random) {
    return weightedIndex(random, HOURS) * MS_PER_HOUR + random.nextLong(MS_PER_HOUR);
  }

  static int poisson(RandomGenerator random, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean >= POISSON_NORMAL_FROM) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      count++;
      product *= random.nextDouble();
    }
    return count;
  }

  /** A Pareto weight with mean 1 and shape 3: most near 0.7, a few ten times that. */
  static double paretoWeight(double unit) {
    return (2.0 / 3.0) * Math.pow(1.0 - unit, -1.0 / 3.0);
  }

  /**
   * An index in [0, n) where small indexes are much more likely: P(index &lt; k) = (k/n)^(1/alpha).
   * With alpha 3 the first 1 % of indexes get about a fifth of the draws.
   */
  static int skewedIndex(RandomGenerator random, int n, double alpha) {
    return (int) Math.min(n - 1, (long) (n * Math.pow(random.nextDouble(), alpha)));
  }

  static int weightedIndex(RandomGenerator random, double[] cumulative) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] > target) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  static double[] cumulative(double[] weights) {
    double[] cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
    return cumulative;
  }
}
