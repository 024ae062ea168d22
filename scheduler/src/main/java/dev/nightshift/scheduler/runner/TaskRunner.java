package dev.nightshift.scheduler.runner;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs one kind of task: a shell command, an HTTP call, a Spring Batch job, a Spark application,
 * an Airflow DAG. One instance per type serves every task of that type. Calls may come from
 * different scheduler threads, and from a scheduler that restarted since the work began: the
 * {@link RunHandle} is persisted, and {@link #observe} and {@link #cancel} must work from it
 * alone.
 */
public interface TaskRunner {

  /** The key used in DAG files, e.g. {@code shell}. */
  String type();

  /**
   * Submits the work and returns quickly, without waiting for it to finish. Throws only when the
   * work could not be started (bad arguments, nothing to launch); the scheduler then fails the
   * try with the exception's message.
   */
  RunHandle start(TaskContext context);

  /**
   * Where the work stands now. Non-blocking. A failure of the work is an observation
   * ({@code FAILED} with a detail), not an exception. Work that the runner can no longer find is
   * {@code FAILED}, with a detail that says so.
   */
  Observation observe(RunHandle handle);

  /** Asks the work to stop. Idempotent, best effort; the outcome shows up in {@link #observe}. */
  void cancel(RunHandle handle);

  /**
   * Finds work that {@link #start} launched for this try but whose handle the scheduler could not
   * record before it stopped, so that it is adopted rather than started a second time. Empty when
   * nothing was launched for the try, or when this runner cannot tell.
   */
  default Optional<RunHandle> recover(TaskContext context) {
    return Optional.empty();
  }

  /**
   * Arranges for {@code onDone} to be called once, with the final observation, when the work
   * ends, so that the scheduler is told instead of asking. Returns false when this runner cannot
   * be told for this handle (e.g. work started before a restart); the scheduler then calls
   * {@link #observe} periodically while the work runs. The callback may run on any thread.
   */
  default boolean whenDone(RunHandle handle, Consumer<Observation> onDone) {
    return false;
  }

  /**
   * Arranges for {@code onChange} to be called with the work's new detail each time it changes
   * while the work runs (e.g. an application id once assigned), and only then, so that what is
   * shown of a running try is current. Returns false when this runner has nothing to report for
   * this handle. The callback may run on any thread, also after the work ended.
   */
  default boolean whileRunning(RunHandle handle, Consumer<String> onChange) {
    return false;
  }
}
