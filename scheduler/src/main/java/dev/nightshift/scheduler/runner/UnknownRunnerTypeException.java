package dev.nightshift.scheduler.runner;

/** A DAG names a task type that no registered runner handles. */
public class UnknownRunnerTypeException extends RuntimeException {
  public UnknownRunnerTypeException(String message) {
    super(message);
  }
}
