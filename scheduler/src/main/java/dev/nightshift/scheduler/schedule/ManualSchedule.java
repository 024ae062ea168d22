package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Never fires: only a trigger through the API or the command line starts a run. */
public record ManualSchedule(ZoneId zone) implements Schedule {

  @Override
  public Optional<DataInterval> firstInterval(Instant startDate) {
    return Optional.empty();
  }

  @Override
  public Optional<DataInterval> nextInterval(DataInterval previous) {
    return Optional.empty();
  }

  @Override
  public Optional<DataInterval> latestIntervalEndingBy(Instant now, Instant startDate) {
    return Optional.empty();
  }

  @Override
  public boolean isManual() {
    return true;
  }

  @Override
  public String expression() {
    return "@manual";
  }
}
