package dev.nightshift.scheduler.runner.noop;

import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.runner.TaskRunner;
import java.util.function.Consumer;

/**
 * The {@code noop} runner: a try that succeeds as soon as it starts, without launching anything.
 * For joins and markers in a DAG (like Airflow's EmptyOperator): a task that only waits for its
 * upstream tasks by its trigger rule. Its arguments are ignored.
 */
public final class NoopRunner implements TaskRunner {
  public static final String TYPE = "noop";
  private static final String HANDLE = "noop";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RunHandle start(TaskContext context) {
    return new RunHandle(TYPE, HANDLE);
  }

  @Override
  public Observation observe(RunHandle handle) {
    return done();
  }

  @Override
  public void cancel(RunHandle handle) {
    // Nothing runs.
  }

  // The work is done when it has started: tell at once, on the caller's thread.
  @Override
  public boolean whenDone(RunHandle handle, Consumer<Observation> onDone) {
    onDone.accept(done());
    return true;
  }

  private static Observation done() {
    return Observation.succeeded(null, "no-op");
  }
}
