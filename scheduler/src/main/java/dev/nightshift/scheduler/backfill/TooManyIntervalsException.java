package dev.nightshift.scheduler.backfill;

/** A backfill's range holds more intervals than one backfill may make. */
public final class TooManyIntervalsException extends IllegalArgumentException {
  public TooManyIntervalsException(String message) {
    super(message);
  }
}
