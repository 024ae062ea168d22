package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** {@code @once}: a single run for the empty interval [start_date, start_date], due at start_date. */
public record OnceSchedule(ZoneId zone) implements Schedule {

  @Override
  public Optional<DataInterval> firstInterval(Instant startDate) {
    return Optional.of(new DataInterval(startDate, startDate));
  }

  @Override
  public Optional<DataInterval> nextInterval(DataInterval previous) {
    return Optional.empty();
  }

  @Override
  public Optional<DataInterval> latestIntervalEndingBy(Instant now, Instant startDate) {
    return startDate.isAfter(now) ? Optional.empty() : firstInterval(startDate);
  }

  @Override
  public boolean isManual() {
    return false;
  }

  @Override
  public String expression() {
    return "@once";
  }
}
