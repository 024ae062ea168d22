package dev.nightshift.scheduler.testing;

import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A schedule of back-to-back intervals of one length aligned to the epoch, for tests. */
public record FixedIntervalSchedule(Duration every) implements Schedule {
  public static final Schedule DAILY = new FixedIntervalSchedule(Duration.ofDays(1));

  @Override
  public Optional<DataInterval> firstInterval(Instant startDate) {
    long step = every.toMillis();
    long start = Math.floorDiv(startDate.toEpochMilli() + step - 1, step) * step;
    return Optional.of(interval(Instant.ofEpochMilli(start)));
  }

  @Override
  public Optional<DataInterval> nextInterval(DataInterval previous) {
    return Optional.of(interval(previous.end()));
  }

  @Override
  public Optional<DataInterval> latestIntervalEndingBy(Instant now, Instant startDate) {
    long step = every.toMillis();
    Instant end = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), step) * step);
    DataInterval latest = new DataInterval(end.minus(every), end);
    return latest.start().isBefore(startDate) ? Optional.empty() : Optional.of(latest);
  }

  private DataInterval interval(Instant start) {
    return new DataInterval(start, start.plus(every));
  }

  @Override
  public boolean isManual() {
    return false;
  }

  @Override
  public String expression() {
    return "every " + every;
  }
}
