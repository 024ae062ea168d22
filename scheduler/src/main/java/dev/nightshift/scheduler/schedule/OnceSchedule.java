package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@code @once}: a single run for the empty interval at the start date, due then whatever
 * catch-up says; without a start date, the run is due at once.
 */
public record OnceSchedule(ZoneId zone) implements Schedule {

  @Override
  public Optional<DataInterval> next(DataInterval last, RunBounds bounds, Instant now) {
    if (last != null) {
      return Optional.empty();
    }
    Instant at = bounds.earliest() != null ? bounds.earliest() : now;
    if (bounds.latest() != null && at.isAfter(bounds.latest())) {
      return Optional.empty();
    }
    return Optional.of(DataInterval.exact(at));
  }

  @Override
  public String expression() {
    return "@once";
  }
}
