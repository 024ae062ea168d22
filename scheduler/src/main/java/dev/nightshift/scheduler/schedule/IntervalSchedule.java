package dev.nightshift.scheduler.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A fixed span of elapsed time anchored at the start date: [start, start + every), [start +
 * every, start + 2 every), ... The span is exact, so {@code 1d} is always 24 hours, also across a
 * daylight-saving change; use {@code @daily} for calendar days.
 */
public record IntervalSchedule(Duration every, String expression, ZoneId zone) implements Schedule {

  public IntervalSchedule {
    if (every.isNegative() || every.isZero()) {
      throw new ScheduleException("schedule interval must be positive, got '" + expression + "'");
    }
  }

  @Override
  public Optional<DataInterval> firstInterval(Instant startDate) {
    return Optional.of(new DataInterval(startDate, startDate.plus(every)));
  }

  @Override
  public Optional<DataInterval> nextInterval(DataInterval previous) {
    return Optional.of(new DataInterval(previous.end(), previous.end().plus(every)));
  }

  @Override
  public Optional<DataInterval> latestIntervalEndingBy(Instant now, Instant startDate) {
    long complete = Duration.between(startDate, now).dividedBy(every);
    if (now.isBefore(startDate) || complete < 1) {
      return Optional.empty();
    }
    Instant end = startDate.plus(every.multipliedBy(complete));
    return Optional.of(new DataInterval(end.minus(every), end));
  }

  @Override
  public DataInterval manualInterval(Instant logicalDate) {
    return new DataInterval(logicalDate.minus(every), logicalDate);
  }

  @Override
  public boolean isManual() {
    return false;
  }
}
