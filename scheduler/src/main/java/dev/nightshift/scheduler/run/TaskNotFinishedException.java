package dev.nightshift.scheduler.run;

/** An operation that needs a finished task instance (clear) met one that is not finished. */
public class TaskNotFinishedException extends IllegalArgumentException {
  public TaskNotFinishedException(String message) {
    super(message);
  }
}
