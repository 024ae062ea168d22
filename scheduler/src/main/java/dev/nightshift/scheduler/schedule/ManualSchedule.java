package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Never fires: only a trigger through the API or the command line starts a run. */
public record ManualSchedule(ZoneId zone) implements Schedule {

  @Override
  public Optional<DataInterval> next(DataInterval last, RunBounds bounds, Instant now) {
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
