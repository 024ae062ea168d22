package dev.nightshift.scheduler.run;

import java.time.Duration;
import java.time.Instant;

/**
 * One attempt to run a task instance. A failed try that may be retried records the computed
 * backoff ({@code retryDelay}) and when the next try is due ({@code nextTryAt}).
 *
 * @param handle the runner's persisted handle; null until the runner accepted the work
 * @param exitCode null when the runner has none (HTTP) or the try has not ended
 * @param state RUNNING while the try runs, then SUCCESS, FAILED or UP_FOR_RETRY
 */
public record TaskTry(
    TaskRef task,
    int tryNumber,
    TaskState state,
    Instant startedAt,
    Instant endedAt,
    String runnerType,
    String handle,
    Integer exitCode,
    String detail,
    String logPath,
    Duration retryDelay,
    Instant nextTryAt) {

  public TaskTry withHandle(String newHandle) {
    return new TaskTry(task, tryNumber, state, startedAt, endedAt, runnerType, newHandle, exitCode,
        detail, logPath, retryDelay, nextTryAt);
  }

  /** The same try with what is known of its work while it runs. */
  public TaskTry withDetail(String newDetail) {
    return new TaskTry(task, tryNumber, state, startedAt, endedAt, runnerType, handle, exitCode,
        newDetail, logPath, retryDelay, nextTryAt);
  }

  public TaskTry ended(TaskState outcome, Instant at, Integer code, String why) {
    return new TaskTry(task, tryNumber, outcome, startedAt, at, runnerType, handle, code, why,
        logPath, retryDelay, nextTryAt);
  }

  public TaskTry retryAfter(Duration delay, Instant dueAt) {
    return new TaskTry(task, tryNumber, state, startedAt, endedAt, runnerType, handle, exitCode,
        detail, logPath, delay, dueAt);
  }
}
