package dev.nightshift.platform.api.tasks;

import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.store.TimeRange;
import java.time.Instant;
import java.util.Set;

/**
 * Which task instances of a run to list, with Airflow 2's filters. Every bound is inclusive; an
 * empty set or {@link TimeRange#ANY} does not filter. A task instance without the value (not
 * started, not ended, no queue or executor) matches no bound or set on it.
 *
 * @param durationGte seconds, or null
 * @param durationLte seconds, or null
 */
record TaskInstanceFilter(
    Set<TaskState> states,
    TimeRange executionDate,
    TimeRange startDate,
    TimeRange endDate,
    TimeRange updatedAt,
    Double durationGte,
    Double durationLte,
    Set<String> pools,
    Set<String> queues,
    Set<String> executors) {

  TaskInstanceFilter {
    states = Set.copyOf(states);
    pools = Set.copyOf(pools);
    queues = Set.copyOf(queues);
    executors = Set.copyOf(executors);
  }

  /**
   * @param state the task instance's state
   * @param updatedAt its latest change of state
   */
  boolean matches(TaskInstanceJson task, TaskState state, Instant updatedAt) {
    return (states.isEmpty() || states.contains(state))
        && executionDate.contains(task.executionDate())
        && startDate.contains(task.startDate())
        && endDate.contains(task.endDate())
        && updatedAt().contains(updatedAt)
        && durationIn(task.duration())
        && in(pools, task.pool())
        && in(queues, task.queue())
        && in(executors, task.executor());
  }

  private boolean durationIn(Double duration) {
    if (durationGte == null && durationLte == null) {
      return true;
    }
    return duration != null
        && (durationGte == null || duration >= durationGte)
        && (durationLte == null || duration <= durationLte);
  }

  private static boolean in(Set<String> wanted, String value) {
    return wanted.isEmpty() || value != null && wanted.contains(value);
  }
}
