package dev.nightshift.scheduler.schedule;

import java.time.Instant;

/** The half-open span [start, end) of data a run processes; {@code start} is its logical date. */
public record DataInterval(Instant start, Instant end) {
  public DataInterval {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("data interval ends before it starts: " + start + " > " + end);
    }
  }
}
