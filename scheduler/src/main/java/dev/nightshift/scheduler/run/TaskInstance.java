package dev.nightshift.scheduler.run;

import java.time.Instant;

/**
 * One task in one DAG run. Its tries are kept apart ({@link TaskTry}); {@code tryNumber} is the
 * number of the latest try, 0 before the first.
 *
 * @param version optimistic-lock counter, incremented by every update
 */
public record TaskInstance(
    TaskRef ref,
    TaskState state,
    int tryNumber,
    int priorityWeight,
    String pool,
    Instant queuedAt,
    Instant startedAt,
    Instant endedAt,
    long version) {

  public String dagId() {
    return ref.dagId();
  }

  public String runId() {
    return ref.runId();
  }

  public String taskId() {
    return ref.taskId();
  }
}
