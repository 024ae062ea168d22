package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.temporal.TemporalAmount;
import java.util.Optional;
import java.time.Period;
import java.time.ZoneId;

/**
 * Steps of a calendar period ({@code P1M}, {@code P1Y}, {@code P1M15D}) on the wall clock of a
 * time zone. A day of month that the target month lacks is clamped to its last day (Jan 31 +
 * P1M is Feb 28, or 29 in a leap year), one step at a time, so a series that was clamped stays on
 * the clamped day (Feb 28, Mar 28, ...), as Airflow's relativedelta steps do. With catch-up off
 * the latest interval stays on the series that starts at the start date.
 */
record CalendarTicks(Period step, ZoneId zone) implements Ticks {

  CalendarTicks {
    if (step.isNegative() || step.isZero() || step.getYears() < 0 || step.getMonths() < 0
        || step.getDays() < 0) {
      throw new ScheduleException("an interval must be positive, got " + step);
    }
    if (step.toTotalMonths() > 12_000 || step.getDays() > Durations.LONGEST.toDays()) {
      throw new ScheduleException("an interval must be at most 1000 years, got " + step);
    }
  }

  @Override
  public Instant next(Instant instant) {
    return WallTime.resolve(WallTime.of(instant, zone).plus(step), zone);
  }

  @Override
  public Instant prev(Instant instant) {
    return WallTime.resolve(WallTime.of(instant, zone).minus(step), zone);
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
    if (earliest == null) {
      return prev(now);
    }
    Instant start = earliest;
    for (Instant end = next(start); !next(end).isAfter(now); end = next(end)) {
      start = end;
    }
    return start;
  }

  @Override
  public Optional<TemporalAmount> period() {
    return Optional.of(step);
  }
}
