package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.event.RunListener;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunRef;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.store.RunStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every state change of the engine goes through here: stored with the engine's clock, kept in
 * the engine's copy of the active runs, then told to the listener. The engine reads runs, task
 * instances and tries through here too. Callers hold the engine lock, and commit (leave
 * {@link #atomically}) before they release it, so that no other engine thread acts on a change
 * that is not stored yet. The log line and the listener call of a change come once its
 * transaction has committed, so that neither ever tells a state the database could still lose.
 */
public final class StateWriter {
  private static final Logger log = LoggerFactory.getLogger(StateWriter.class);

  private final RunStore store;
  private final Clock clock;
  private final RunListener listener;
  private final ActiveRuns active;
  // The announcements of the changes made in this thread's open transaction, made at its commit.
  private final ThreadLocal<List<Runnable>> announcements = new ThreadLocal<>();

  public StateWriter(RunStore store, Clock clock, RunListener listener) {
    this.store = store;
    this.clock = clock;
    this.listener = listener;
    this.active = new ActiveRuns(store);
  }

  /** Now, to the millisecond: what both databases store exactly. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  public RunStore store() {
    return store;
  }

  /** Runs {@code work} in one transaction of the store; see {@link RunStore#atomically}. */
  <T> T atomically(Supplier<T> work) {
    if (announcements.get() != null) {
      return store.atomically(work); // joins the open transaction, announced at its commit
    }
    List<Runnable> committed = new ArrayList<>();
    announcements.set(committed);
    T result;
    try {
      result = store.atomically(work);
    } catch (RuntimeException e) {
      active.clear();
      throw e;
    } finally {
      announcements.remove();
    }
    committed.forEach(Runnable::run);
    return result;
  }

  void atomically(Runnable work) {
    atomically(() -> {
      work.run();
      return null;
    });
  }

  Optional<DagRun> run(RunRef ref) {
    return active.run(ref);
  }

  List<TaskInstance> tasks(RunRef ref) {
    return active.tasks(ref);
  }

  /** See {@link ActiveRuns#taskMap}: changes made through this writer show in it. */
  Map<String, TaskInstance> taskMap(RunRef ref) {
    return active.taskMap(ref);
  }

  Optional<TaskInstance> task(TaskRef ref) {
    return active.task(ref);
  }

  Optional<TaskTry> latestTry(TaskRef ref) {
    return active.latestTry(ref);
  }

  TaskInstance beginTry(TaskInstance task, TaskTry next) {
    TaskInstance counted = store.beginTry(task, next);
    active.taskChanged(counted);
    active.tryChanged(next);
    return counted;
  }

  void updateTry(TaskTry taskTry) {
    store.updateTry(taskTry);
    active.tryChanged(taskTry);
  }

  TaskInstance move(TaskInstance task, TaskState to, String reason) {
    TaskInstance moved = store.transition(task, to, now(), reason);
    active.taskChanged(moved);
    announce(() -> {
      log.info("{} {} -> {}: {}", task.ref(), task.state().apiName(), to.apiName(), reason);
      tell(() -> listener.taskChanged(moved, task.state()));
    });
    return moved;
  }

  DagRun moveRun(DagRun run, RunState to) {
    DagRun moved = store.updateRun(run, to, now());
    active.runChanged(moved);
    announce(() -> {
      log.info("{} {} -> {}", run.ref(), run.state().apiName(), to.apiName());
      tell(() -> listener.runChanged(moved, run.state()));
    });
    return moved;
  }

  void created(DagRun run, List<TaskInstance> tasks) {
    active.created(run, tasks);
    announce(() -> tell(() -> {
      listener.runChanged(run, null);
      tasks.forEach(t -> listener.taskChanged(t, null));
    }));
  }

  // At the commit of this thread's transaction; at once when the change committed by itself.
  private void announce(Runnable announcement) {
    List<Runnable> pending = announcements.get();
    if (pending != null) {
      pending.add(announcement);
    } else {
      announcement.run();
    }
  }

  private static void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.warn("run listener failed; the change itself is stored", e);
    }
  }
}
