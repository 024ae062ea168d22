package dev.nightshift.scheduler.event;

import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskState;

/**
 * Told about every committed state change. Runs on the scheduler thread that made the change,
 * while it holds the engine's lock: no I/O, no blocking; hand work to another thread. Exceptions
 * are logged and ignored.
 */
public interface RunListener {
  RunListener NOOP = new RunListener() {};

  /** A task instance moved; {@code from} is null when it was created. */
  default void taskChanged(TaskInstance task, TaskState from) {}

  /** A run was created ({@code from} null), admitted or finished. */
  default void runChanged(DagRun run, RunState from) {}
}
