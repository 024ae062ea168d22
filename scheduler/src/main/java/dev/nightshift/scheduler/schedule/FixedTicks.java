package dev.nightshift.scheduler.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

/**
 * Steps of a fixed span of elapsed time ({@code 1d} is always 24 hours, also across a
 * daylight-saving change). Every instant is a tick: the steps run from wherever the previous
 * interval ended. With catch-up off the latest interval is laid on a grid counted from the Unix
 * epoch, as Airflow does since 2.8.
 */
record FixedTicks(Duration step) implements Ticks {

  FixedTicks {
    if (step.isNegative() || step.isZero()) {
      throw new ScheduleException("an interval must be positive, got " + step);
    }
    if (step.compareTo(Durations.LONGEST) > 0) {
      throw new ScheduleException("an interval must be at most " + Durations.LONGEST.toDays()
          + " days (1000 years), got " + step);
    }
  }

  @Override
  public Instant next(Instant instant) {
    return instant.plus(step);
  }

  @Override
  public Instant prev(Instant instant) {
    return instant.minus(step);
  }

  @Override
  public Instant alignNext(Instant instant) {
    return instant;
  }

  @Override
  public Instant alignPrev(Instant instant) {
    return instant;
  }

  @Override
  public Instant latestCompleteStart(Instant now, Instant earliest) {
    // Whole steps since the epoch, counted without nanosecond longs, which overflow for steps
    // beyond 292 years.
    long steps = Duration.between(Instant.EPOCH, now).dividedBy(step);
    return Instant.EPOCH.plus(step.multipliedBy(steps)).minus(step);
  }

  @Override
  public Optional<TemporalAmount> period() {
    return Optional.of(step);
  }
}
