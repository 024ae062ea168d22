package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.event.RunListener;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.store.RunStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every state change of the engine goes through here: stored with the engine's clock, then told
 * to the listener. Callers hold the engine lock.
 */
public final class StateWriter {
  private static final Logger log = LoggerFactory.getLogger(StateWriter.class);

  private final RunStore store;
  private final Clock clock;
  private final RunListener listener;

  public StateWriter(RunStore store, Clock clock, RunListener listener) {
    this.store = store;
    this.clock = clock;
    this.listener = listener;
  }

  /** Now, to the millisecond: what both databases store exactly. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  public RunStore store() {
    return store;
  }

  TaskInstance move(TaskInstance task, TaskState to, String reason) {
    TaskInstance moved = store.transition(task, to, now(), reason);
    log.info("{} {} -> {}: {}", task.ref(), task.state().apiName(), to.apiName(), reason);
    tell(() -> listener.taskChanged(moved, task.state()));
    return moved;
  }

  DagRun moveRun(DagRun run, RunState to) {
    DagRun moved = store.updateRun(run, to, now());
    log.info("{} {} -> {}", run.ref(), run.state().apiName(), to.apiName());
    tell(() -> listener.runChanged(moved, run.state()));
    return moved;
  }

  void created(DagRun run, java.util.List<TaskInstance> tasks) {
    tell(() -> {
      listener.runChanged(run, null);
      tasks.forEach(t -> listener.taskChanged(t, null));
    });
  }

  private static void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.warn("run listener failed; the change itself is stored", e);
    }
  }
}
