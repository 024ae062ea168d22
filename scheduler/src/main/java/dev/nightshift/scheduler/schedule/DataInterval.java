package dev.nightshift.scheduler.schedule;

import java.time.Instant;

/**
 * The half-open span [start, end) of data a run processes; {@code start} is its logical date. A
 * scheduled run for it falls due at {@code end}; a zero-length interval marks a run for one
 * instant (a trigger-style schedule without look-back, an event, {@code @once}).
 */
public record DataInterval(Instant start, Instant end) {
  public DataInterval {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("data interval ends before it starts: " + start + " > " + end);
    }
  }

  /** The zero-length interval at {@code instant}. */
  public static DataInterval exact(Instant instant) {
    return new DataInterval(instant, instant);
  }

  /** When a scheduled run for this interval may start: its end. */
  public Instant runAfter() {
    return end;
  }

  public boolean isEmpty() {
    return start.equals(end);
  }
}
