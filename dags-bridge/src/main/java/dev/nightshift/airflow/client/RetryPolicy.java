package dev.nightshift.airflow.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often a request is sent again after a 5xx, a 429 or a connection error, never after another
 * 4xx. The waits double from {@code firstDelay} up to {@code maxDelay}, each drawn at random
 * between half and all of its value so that many clients do not retry in step.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {
  public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(10));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
  }

  /** The wait after the given failed attempt (1 for the first). */
  public Duration delayAfter(int attempt) {
    long full = Math.min(maxDelay.toMillis(), firstDelay.toMillis() << Math.min(attempt - 1, 30));
    long half = full / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(full - half + 1));
  }
}
