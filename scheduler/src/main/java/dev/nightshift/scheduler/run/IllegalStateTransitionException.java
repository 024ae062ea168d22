package dev.nightshift.scheduler.run;

/** A state change that the transition table forbids; carries both ends. */
public class IllegalStateTransitionException extends RuntimeException {
  private final TaskState from;
  private final TaskState to;

  public IllegalStateTransitionException(String taskRef, TaskState from, TaskState to) {
    super(taskRef + " cannot move from " + from.apiName() + " to " + to.apiName());
    this.from = from;
    this.to = to;
  }

  public TaskState from() {
    return from;
  }

  public TaskState to() {
    return to;
  }
}
