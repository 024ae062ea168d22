package dev.nightshift.scheduler.store;

import java.time.Instant;

/**
 * An inclusive range of instants; a null end is open.
 *
 * @param from the earliest instant that matches, or null for no lower bound
 * @param to the latest instant that matches, or null for no upper bound
 */
public record TimeRange(Instant from, Instant to) {
  public static final TimeRange ANY = new TimeRange(null, null);

  public boolean isAny() {
    return from == null && to == null;
  }

  /** Whether the instant lies in the range; a null instant lies only in an open range. */
  public boolean contains(Instant instant) {
    if (instant == null) {
      return isAny();
    }
    return (from == null || !instant.isBefore(from)) && (to == null || !instant.isAfter(to));
  }
}
