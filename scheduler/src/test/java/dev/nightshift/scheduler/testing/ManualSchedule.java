package dev.nightshift.scheduler.testing;

import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.schedule.Schedule;
import java.time.Instant;
import java.util.Optional;

/** A schedule that never fires: runs come from triggers only. */
public enum ManualSchedule implements Schedule {
  INSTANCE;

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
    return "manual";
  }
}
