package dev.nightshift.scheduler.runner;

import dev.nightshift.scheduler.run.TaskState;

/**
 * Where a task's work stands: RUNNING, SUCCESS or FAILED.
 *
 * @param exitCode the process exit code when there is one
 * @param detail a human-readable description (exit code, HTTP status, error)
 */
public record Observation(TaskState state, Integer exitCode, String detail) {

  public static Observation running() {
    return new Observation(TaskState.RUNNING, null, "running");
  }

  public static Observation succeeded(Integer exitCode, String detail) {
    return new Observation(TaskState.SUCCESS, exitCode, detail);
  }

  public static Observation failed(Integer exitCode, String detail) {
    return new Observation(TaskState.FAILED, exitCode, detail);
  }

  public boolean isDone() {
    return state != TaskState.RUNNING;
  }
}
