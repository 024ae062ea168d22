package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.store.RunStore;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks up, at start, every run that was in flight when the scheduler stopped: running tasks are
 * adopted or finished (their work is never started twice at once), queued tasks are queued
 * again, retries are re-armed, and waiting tasks and runs are re-evaluated.
 */
final class Recovery {
  private static final Logger log = LoggerFactory.getLogger(Recovery.class);

  private final Object engineLock;
  private final StateWriter writer;
  private final RunStore store;
  private final LoadedDags dags;
  private final RunProgress progress;
  private final TaskLauncher launcher;

  Recovery(Object engineLock, StateWriter writer, LoadedDags dags, RunProgress progress,
      TaskLauncher launcher) {
    this.engineLock = engineLock;
    this.writer = writer;
    this.store = writer.store();
    this.dags = dags;
    this.progress = progress;
    this.launcher = launcher;
  }

  void recover() {
    synchronized (engineLock) {
      for (DagRun run : store.runsInState(RunState.RUNNING)) {
        if (dags.forRuns(run.dagId()).isEmpty()) {
          log.warn("{} is left as it is: its DAG is not loaded", run.ref());
          continue;
        }
        log.info("{} recovered", run.ref());
        writer.tasks(run.ref()).forEach(this::recover);
        progress.progress(run.ref());
      }
      Set<String> withQueuedRuns = new TreeSet<>();
      store.runsInState(RunState.QUEUED).forEach(r -> withQueuedRuns.add(r.dagId()));
      withQueuedRuns.forEach(progress::admit);
    }
  }

  // One task that cannot be recovered (its runner type is gone, its DAG changed) must not keep
  // the scheduler from starting: it is left as it is, and logged.
  private void recover(TaskInstance task) {
    try {
      recoverTask(task);
    } catch (RuntimeException e) {
      log.error("{} could not be recovered and is left {}: {}", task.ref(), task.state().apiName(),
          e.getMessage());
    }
  }

  private void recoverTask(TaskInstance task) {
    switch (task.state()) {
      case RUNNING -> launcher.adopt(task);
      case QUEUED -> recoverQueued(task);
      case UP_FOR_RETRY -> launcher.scheduleRetry(task.ref(),
          writer.latestTry(task.ref()).map(TaskTry::nextTryAt).orElse(writer.now()));
      default -> {}
    }
  }

  // A queued task may have been between "try begun" and "running" when the scheduler stopped.
  private void recoverQueued(TaskInstance task) {
    Optional<TaskTry> open = writer.latestTry(task.ref())
        .filter(t -> t.tryNumber() == task.tryNumber() && t.state() == TaskState.RUNNING);
    if (open.isEmpty() || !launcher.recoverLaunch(task, open.get())) {
      progress.enqueue(task);
    }
  }
}
