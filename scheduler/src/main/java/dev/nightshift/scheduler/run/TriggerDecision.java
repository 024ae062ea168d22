package dev.nightshift.scheduler.run;

/** What a trigger rule says about a waiting task, given its upstream states. */
public enum TriggerDecision {
  /** Not decided yet: some upstream task has not finished. */
  WAIT,
  RUN,
  SKIP,
  UPSTREAM_FAILED;

  /** The state a waiting task moves to; {@code WAIT} has none. */
  public TaskState targetState() {
    return switch (this) {
      case RUN -> TaskState.QUEUED;
      case SKIP -> TaskState.SKIPPED;
      case UPSTREAM_FAILED -> TaskState.UPSTREAM_FAILED;
      case WAIT -> throw new IllegalStateException("a waiting task has no target state");
    };
  }
}
