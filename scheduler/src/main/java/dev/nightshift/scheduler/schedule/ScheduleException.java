package dev.nightshift.scheduler.schedule;

/** A schedule expression, interval or duration that cannot be understood; the message says why. */
public class ScheduleException extends RuntimeException {
  public ScheduleException(String message) {
    super(message);
  }
}
