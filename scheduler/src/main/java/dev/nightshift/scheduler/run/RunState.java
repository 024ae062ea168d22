package dev.nightshift.scheduler.run;

import java.util.Collection;

/**
 * The state of a DAG run. {@code QUEUED} is a created run that waits for a free place under the
 * DAG's max_active_runs; once admitted, its state is computed from its tasks by {@link #of}.
 */
public enum RunState {
  QUEUED,
  RUNNING,
  SUCCESS,
  FAILED;

  /**
   * An admitted run's state from its task states, decided as Airflow decides it: running while
   * any task is unfinished; then failed if any leaf task (one nothing depends on) failed or could
   * not run because an upstream failed, else success. A failed task whose downstream ran anyway
   * (trigger rule {@code all_done}, {@code one_failed}) fails the run only through the leaves it
   * leads to.
   *
   * @param taskStates the states of all the run's tasks
   * @param leafStates the states of its leaf tasks
   */
  public static RunState of(Collection<TaskState> taskStates, Collection<TaskState> leafStates) {
    if (taskStates.stream().anyMatch(s -> !s.isFinished())) {
      return RUNNING;
    }
    boolean failed =
        leafStates.stream().anyMatch(s -> s == TaskState.FAILED || s == TaskState.UPSTREAM_FAILED);
    return failed ? FAILED : SUCCESS;
  }

  public boolean isFinished() {
    return this == SUCCESS || this == FAILED;
  }

  public String apiName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static RunState fromApiName(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }
}
