package dev.nightshift.scheduler.dag;

import java.time.Duration;

/**
 * How often and how late a failed task is tried again. With exponential backoff the delay
 * before try {@code n+1} is {@code delay * 2^(n-1)}, capped at {@code maxDelay}.
 *
 * @param retries tries after the first one; 0 means a failure is final
 */
public record RetryPolicy(int retries, Duration delay, boolean exponentialBackoff, Duration maxDelay) {

  public static final RetryPolicy NONE =
      new RetryPolicy(0, Duration.ofMinutes(5), false, Duration.ofHours(24));

  /** The wait before the try that follows failed try {@code failedTry} (1-based). */
  public Duration delayAfter(int failedTry) {
    if (!exponentialBackoff) {
      return min(delay, maxDelay);
    }
    int shift = Math.min(Math.max(failedTry - 1, 0), 30);
    Duration grown;
    try {
      grown = delay.multipliedBy(1L << shift);
    } catch (ArithmeticException overflow) {
      return maxDelay;
    }
    return min(grown, maxDelay);
  }

  public boolean allowsAnotherTry(int failedTry) {
    return failedTry <= retries;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
