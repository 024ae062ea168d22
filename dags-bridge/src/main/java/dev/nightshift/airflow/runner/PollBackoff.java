package dev.nightshift.airflow.runner;

import java.time.Duration;

/**
 * How long to wait before looking at an Airflow run again: a fraction of the run's age, never
 * less than {@code min} (at least a second) nor more than {@code max}. A run of age {@code t}
 * has then been looked at about {@code log(t)} times until the waits reach {@code max}.
 */
public record PollBackoff(Duration min, Duration max, double fractionOfAge) {
  public static final PollBackoff DEFAULT = new PollBackoff(Duration.ofSeconds(1), Duration.ofMinutes(5), 0.25);

  public PollBackoff {
    if (min.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("an Airflow run is polled at most once a second, got min " + min);
    }
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException("max " + max + " is below min " + min);
    }
    if (!(fractionOfAge > 0 && fractionOfAge <= 1)) {
      throw new IllegalArgumentException("fractionOfAge must be in (0, 1], got " + fractionOfAge);
    }
  }

  public Duration next(Duration age) {
    Duration grown = Duration.ofMillis((long) (Math.max(0, age.toMillis()) * fractionOfAge));
    return grown.compareTo(min) < 0 ? min : grown.compareTo(max) > 0 ? max : grown;
  }
}
