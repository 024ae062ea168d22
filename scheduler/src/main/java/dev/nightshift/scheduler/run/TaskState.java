package dev.nightshift.scheduler.run;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of one task instance, with Airflow's names so that Airflow users read the API without
 * a glossary. {@code SCHEDULED} is the state a task instance is created in: it waits for its
 * upstream tasks. A retry is a new try of the same instance ({@code UP_FOR_RETRY -> QUEUED}),
 * never a move back from a finished state; only an operator's clear or mark leaves a finished
 * state.
 */
public enum TaskState {
  SCHEDULED,
  QUEUED,
  RUNNING,
  SUCCESS,
  FAILED,
  UP_FOR_RETRY,
  UPSTREAM_FAILED,
  SKIPPED;

  private static final Set<TaskState> FINISHED = EnumSet.of(SUCCESS, FAILED, UPSTREAM_FAILED, SKIPPED);

  // The one transition table. Finished states move only by an operator: clear (-> SCHEDULED) or
  // mark success / failed.
  private static final Map<TaskState, Set<TaskState>> NEXT =
      Map.of(
          SCHEDULED, EnumSet.of(QUEUED, UPSTREAM_FAILED, SKIPPED, SUCCESS, FAILED),
          QUEUED, EnumSet.of(RUNNING, FAILED, UPSTREAM_FAILED, SKIPPED, SUCCESS),
          RUNNING, EnumSet.of(SUCCESS, FAILED, UP_FOR_RETRY),
          UP_FOR_RETRY, EnumSet.of(QUEUED, SUCCESS, FAILED),
          SUCCESS, EnumSet.of(SCHEDULED, FAILED),
          FAILED, EnumSet.of(SCHEDULED, SUCCESS),
          UPSTREAM_FAILED, EnumSet.of(SCHEDULED, SUCCESS, FAILED),
          SKIPPED, EnumSet.of(SCHEDULED, SUCCESS, FAILED));

  public boolean canMoveTo(TaskState next) {
    return NEXT.get(this).contains(next);
  }

  /** Throws {@link IllegalStateTransitionException} unless the table allows {@code this -> next}. */
  public void checkMoveTo(TaskState next, String taskRef) {
    if (!canMoveTo(next)) {
      throw new IllegalStateTransitionException(taskRef, this, next);
    }
  }

  /** Finished: nothing more happens without an operator. */
  public boolean isFinished() {
    return FINISHED.contains(this);
  }

  /** The name used in the API and the database, e.g. {@code up_for_retry}. */
  public String apiName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static TaskState fromApiName(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }
}
