package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.TaskSpec;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.runner.TaskRunner;
import dev.nightshift.scheduler.runner.TaskRunners;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts tries, learns how they end, and decides what follows: success, a retry after the
 * policy's backoff, or failure. Timeouts and retries are one-shot timers; a runner that cannot
 * call back is observed at an interval only while its work runs.
 */
public final class TaskLauncher {
  private static final Logger log = LoggerFactory.getLogger(TaskLauncher.class);

  private final Object engineLock;
  private final StateWriter writer;
  private final LoadedDags dags;
  private final ReadyQueue queue;
  private final RunProgress progress;
  private final TaskRunners runners;
  private final LogFiles logs;
  private final ArgsRenderer renderer;
  private final ScheduledExecutorService timer;
  private final Duration observeInterval;
  private final Map<TaskRef, ScheduledFuture<?>> timeouts = new ConcurrentHashMap<>();
  private final Set<TaskRef> timedOut = ConcurrentHashMap.newKeySet();
  // Set under the engine lock at close: work arriving later (a process exit, a timer) is left
  // for the next start's recovery instead of meeting a closed database.
  private volatile boolean closed;

  TaskLauncher(Object engineLock, StateWriter writer, LoadedDags dags, ReadyQueue queue,
      RunProgress progress, TaskRunners runners, LogFiles logs, ArgsRenderer renderer,
      ScheduledExecutorService timer, Duration observeInterval) {
    this.engineLock = engineLock;
    this.writer = writer;
    this.dags = dags;
    this.queue = queue;
    this.progress = progress;
    this.runners = runners;
    this.logs = logs;
    this.renderer = renderer;
    this.timer = timer;
    this.observeInterval = observeInterval;
  }

  /** A try on its way to its runner. */
  private static final class Launch {
    final QueuedTask queued;
    final TaskTry begun;
    TaskRunner runner;
    TaskContext context;
    RunHandle handle;
    RuntimeException failure;

    Launch(QueuedTask queued, TaskTry begun) {
      this.queued = queued;
      this.begun = begun;
    }
  }

  /**
   * Starts tasks a dispatcher took from the ready queue, on the dispatcher's thread. Their tries
   * are begun in one transaction, committed before any runner starts; then the runners start
   * them; then their handles and running states are committed in one more transaction. That
   * transaction also begins the tries of the tasks ready by then (those whose work ended at
   * once made their downstream ready), which start next on this thread: a chain of quick tasks
   * costs one commit per task, not two.
   */
  void launch(List<QueuedTask> batch, int max) {
    List<Launch> launches;
    synchronized (engineLock) {
      if (closed) {
        return;
      }
      launches = writer.atomically(() -> beginAll(batch));
    }
    launchWhileReady(launches, max);
  }

  /**
   * Runs {@code work} in one transaction that also begins the tries of the tasks ready by its
   * end (at most {@code max}), then starts them on the caller's thread: the first tasks of the
   * runs a fire creates start without waiting for a dispatcher to wake up and begin them in a
   * transaction of its own. What they make ready is left to the dispatchers, so that the
   * caller (a Quartz thread) is soon free for the next fire.
   */
  void launchAfter(Runnable work, int max) {
    List<Launch> launches;
    synchronized (engineLock) {
      if (closed) {
        return;
      }
      launches = beginReady(work, max);
    }
    // The work is committed by now: a failure to start its tasks is not the caller's, whose
    // runs exist. It is handled as a dispatcher handles it, the tasks' slots given back.
    try {
      launchWhileReady(launches, 0);
    } catch (RuntimeException e) {
      log.error("{} could not be started", launches.stream().map(l -> l.queued.ref()).toList(), e);
      launches.forEach(l -> queue.release(l.queued.ref()));
    }
  }

  // Starts the runners of begun tries; the transaction that records their start also begins
  // the tries of the tasks ready by then, which start next, and so on.
  private void launchWhileReady(List<Launch> launches, int max) {
    while (!launches.isEmpty()) {
      startRunners(launches);
      List<Launch> starting = launches;
      synchronized (engineLock) {
        if (closed) {
          return;
        }
        launches = beginReady(() -> starting.forEach(this::started), max);
      }
    }
  }

  // Runs work, then takes the ready tasks and begins their tries, in one transaction. Tasks
  // offered meanwhile wake no other dispatcher: this thread takes them itself.
  private List<Launch> beginReady(Runnable work, int max) {
    List<QueuedTask> next = new ArrayList<>();
    try {
      return queue.withWakeDeferred(() -> writer.atomically(() -> {
        work.run();
        next.addAll(queue.poll(max));
        return beginAll(next);
      }));
    } catch (RuntimeException e) {
      next.forEach(t -> queue.release(t.ref()));
      throw e;
    }
  }

  private List<Launch> beginAll(List<QueuedTask> batch) {
    return batch.stream().map(this::begin).flatMap(Optional::stream).toList();
  }

  private static void startRunners(List<Launch> launches) {
    for (Launch launch : launches) {
      try {
        launch.handle = launch.runner.start(launch.context);
      } catch (RuntimeException e) {
        launch.failure = e;
      }
    }
  }

  // Begins the next try of a queued task; empty when it is not queued any more or cannot start.
  private Optional<Launch> begin(QueuedTask queued) {
    Optional<TaskInstance> task = writer.task(queued.ref())
        .filter(t -> t.state() == TaskState.QUEUED);
    if (task.isEmpty()) {
      queue.release(queued.ref()); // cleared or marked while it waited
      return Optional.empty();
    }
    int tryNumber = task.get().tryNumber() + 1;
    Map<String, Object> runParams = writer.run(queued.ref().run()).map(DagRun::conf).orElse(Map.of());
    Launch launch = new Launch(queued, new TaskTry(queued.ref(), tryNumber, TaskState.RUNNING,
        writer.now(), null, dags.spec(queued.ref()).map(s -> s.typeFor(runParams)).orElse("unknown"), null,
        null, null, logs.path(queued.ref(), tryNumber).toString(), null, null));
    writer.beginTry(task.get(), launch.begun);
    try {
      DagDefinition dag = dags.forRuns(queued.ref().dagId()).orElseThrow(() ->
          new IllegalStateException("DAG '" + queued.ref().dagId() + "' is not loaded"));
      TaskSpec spec = dags.spec(queued.ref()).orElseThrow(() ->
          new IllegalStateException("task is no longer in DAG '" + dag.dagId() + "'"));
      DagRun run = writer.run(queued.ref().run()).orElseThrow();
      launch.runner = runners.get(spec.typeFor(run.conf()));
      launch.context = new TaskContext(queued.ref(), tryNumber, run.dataInterval(),
          renderer.render(dag, run, spec, tryNumber), run.conf(),
          logs.create(queued.ref(), tryNumber));
    } catch (RuntimeException e) {
      startFailed(launch.begun, e);
      return Optional.empty();
    }
    return Optional.of(launch);
  }

  private void started(Launch launch) {
    if (launch.failure != null) {
      startFailed(launch.begun, launch.failure);
      return;
    }
    QueuedTask queued = launch.queued;
    TaskInstance task = writer.task(queued.ref()).orElseThrow();
    TaskTry started = launch.begun.withHandle(launch.handle.externalId());
    if (task.state() != TaskState.QUEUED) {
      launch.runner.cancel(launch.handle); // an operator acted while the runner started it
      writer.updateTry(started.ended(TaskState.FAILED, writer.now(), null,
          "cancelled: the task became " + task.state().apiName() + " while starting"));
      queue.release(queued.ref());
      return;
    }
    writer.updateTry(started);
    writer.move(task, TaskState.RUNNING, "try " + launch.begun.tryNumber() + " started");
    armTimeout(queued.ref(), started.startedAt(), launch.begun.tryNumber());
    watch(queued.ref(), launch.begun.tryNumber(), launch.runner, launch.handle);
  }

  /**
   * Picks up a task that was running when the scheduler stopped: finishes it if its work ended
   * meanwhile, else takes its slots and watches it again. Never starts it a second time.
   */
  void adopt(TaskInstance task) {
    synchronized (engineLock) {
      Optional<TaskTry> latest = writer.latestTry(task.ref());
      if (latest.isEmpty() || latest.get().handle() == null) {
        finished(task.ref(), task.tryNumber(), Observation.failed(null,
            "the scheduler stopped before the try was handed to its runner"));
        return;
      }
      TaskTry current = latest.get();
      TaskRunner runner = runners.get(current.runnerType());
      RunHandle handle = new RunHandle(current.runnerType(), current.handle());
      Observation now = runner.observe(handle);
      if (now.isDone()) {
        finished(task.ref(), current.tryNumber(), now);
        return;
      }
      log.info("{} adopted: try {} still runs", task.ref(), current.tryNumber());
      queue.hold(new QueuedTask(task.ref(), task.pool(), task.priorityWeight(), task.queuedAt(), 0));
      armTimeout(task.ref(), current.startedAt(), current.tryNumber());
      watch(task.ref(), current.tryNumber(), runner, handle);
    }
  }

  /**
   * Picks up a queued task whose try had begun when the scheduler stopped: when its work was
   * launched (the handle was recorded, or the runner finds the work by the try), the task is
   * adopted; otherwise the try is closed as failed. Returns true when adopted; the caller then
   * must not queue the task again.
   */
  boolean recoverLaunch(TaskInstance task, TaskTry open) {
    synchronized (engineLock) {
      Optional<String> handle = Optional.ofNullable(open.handle()).or(() -> dags.spec(task.ref())
          .flatMap(spec -> runners.get(open.runnerType()).recover(new TaskContext(task.ref(),
              open.tryNumber(), writer.run(task.ref().run()).orElseThrow().dataInterval(),
              spec.args(), Map.of(), Path.of(open.logPath()))))
          .map(RunHandle::externalId));
      if (handle.isEmpty()) {
        writer.updateTry(open.ended(TaskState.FAILED, writer.now(), null,
            "the scheduler stopped while starting this try; nothing had been launched"));
        return false;
      }
      writer.updateTry(open.withHandle(handle.get()));
      adopt(writer.move(task, TaskState.RUNNING, "recovered: try " + open.tryNumber()
          + " had been launched before the scheduler stopped"));
      return true;
    }
  }

  /** Stops handling events; the caller holds the engine lock. */
  void close() {
    closed = true;
  }

  /** Schedules the move of an up_for_retry task back to the queue at its due time. */
  void scheduleRetry(TaskRef ref, Instant dueAt) {
    timer.schedule(guarded(ref, () -> retryDue(ref)), millisUntil(dueAt), TimeUnit.MILLISECONDS);
  }

  /** Stops the work of a running task because an operator marked it; its outcome is ignored. */
  void cancelRunning(TaskInstance task) {
    cancelTimeout(task.ref());
    writer.latestTry(task.ref()).filter(t -> t.handle() != null).ifPresent(t -> {
      runners.get(t.runnerType()).cancel(new RunHandle(t.runnerType(), t.handle()));
      writer.updateTry(t.ended(TaskState.FAILED, writer.now(), null, "cancelled by an operator"));
    });
    queue.release(task.ref());
  }

  private void watch(TaskRef ref, int tryNumber, TaskRunner runner, RunHandle handle) {
    runner.whileRunning(handle,
        detail -> guarded(ref, () -> progressed(ref, tryNumber, detail)).run());
    boolean told = runner.whenDone(handle,
        outcome -> guarded(ref, () -> finished(ref, tryNumber, outcome)).run());
    if (!told) {
      observeLater(ref, tryNumber, runner, handle);
    }
  }

  private void observeLater(TaskRef ref, int tryNumber, TaskRunner runner, RunHandle handle) {
    timer.schedule(guarded(ref, () -> {
      if (closed) {
        return;
      }
      Observation now = runner.observe(handle);
      if (now.isDone()) {
        finished(ref, tryNumber, now);
      } else if (isRunning(ref, tryNumber)) {
        observeLater(ref, tryNumber, runner, handle);
      }
    }), observeInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private boolean isRunning(TaskRef ref, int tryNumber) {
    return writer.task(ref)
        .filter(t -> t.state() == TaskState.RUNNING && t.tryNumber() == tryNumber).isPresent();
  }

  /** The running work of try {@code tryNumber} reported a new detail; kept while the try runs. */
  private void progressed(TaskRef ref, int tryNumber, String detail) {
    synchronized (engineLock) {
      if (closed) {
        return;
      }
      writer.latestTry(ref)
          .filter(t -> t.tryNumber() == tryNumber && t.state() == TaskState.RUNNING
              && !detail.equals(t.detail()))
          .ifPresent(t -> writer.updateTry(t.withDetail(detail)));
    }
  }

  /** The work of try {@code tryNumber} ended. Ignored when that try is no longer current. */
  private void finished(TaskRef ref, int tryNumber, Observation outcome) {
    synchronized (engineLock) {
      if (closed) {
        return;
      }
      writer.atomically(() -> record(ref, tryNumber, outcome));
    }
  }

  // The try's end, the task's state and what its downstream tasks do next commit together.
  private void record(TaskRef ref, int tryNumber, Observation outcome) {
    {
      Optional<TaskInstance> current = writer.task(ref)
          .filter(t -> t.state() == TaskState.RUNNING && t.tryNumber() == tryNumber);
      if (current.isEmpty()) {
        return;
      }
      cancelTimeout(ref);
      TaskInstance task = current.get();
      TaskTry taskTry = writer.latestTry(ref).orElseThrow();
      String detail = timedOut.remove(ref)
          ? "timed out after " + dags.spec(ref).map(TaskSpec::executionTimeout).orElse(null)
              + " (" + outcome.detail() + ")"
          : outcome.detail();
      Instant now = writer.now();
      if (outcome.state() == TaskState.SUCCESS) {
        writer.updateTry(taskTry.ended(TaskState.SUCCESS, now, outcome.exitCode(), detail));
        writer.move(task, TaskState.SUCCESS, detail);
      } else if (dags.spec(ref).map(s -> s.retry().allowsAnotherTry(tryNumber)).orElse(false)) {
        Duration delay = dags.spec(ref).orElseThrow().retry().delayAfter(tryNumber);
        Instant due = now.plus(delay);
        writer.updateTry(taskTry.ended(TaskState.UP_FOR_RETRY, now, outcome.exitCode(), detail)
            .retryAfter(delay, due));
        writer.move(task, TaskState.UP_FOR_RETRY, detail + "; try " + (tryNumber + 1) + " at " + due);
        scheduleRetry(ref, due);
      } else {
        writer.updateTry(taskTry.ended(TaskState.FAILED, now, outcome.exitCode(), detail));
        writer.move(task, TaskState.FAILED, detail);
      }
      queue.release(ref);
      progress.progressAfter(ref);
    }
  }

  private void startFailed(TaskTry begun, RuntimeException e) {
    String reason = "could not start: " + e.getMessage();
    log.warn("{} try {} {}", begun.task(), begun.tryNumber(), reason);
    writer.updateTry(begun.ended(TaskState.FAILED, writer.now(), null, reason));
    writer.move(writer.task(begun.task()).orElseThrow(), TaskState.FAILED, reason);
    queue.release(begun.task());
    progress.progress(begun.task().run());
  }

  private void retryDue(TaskRef ref) {
    synchronized (engineLock) {
      if (closed) {
        return;
      }
      writer.task(ref).filter(t -> t.state() == TaskState.UP_FOR_RETRY).ifPresent(t ->
          progress.enqueue(writer.move(t, TaskState.QUEUED, "retry due")));
    }
  }

  private void armTimeout(TaskRef ref, Instant startedAt, int tryNumber) {
    dags.spec(ref).map(TaskSpec::executionTimeout).ifPresent(limit -> timeouts.put(ref,
        timer.schedule(guarded(ref, () -> timeout(ref, tryNumber)),
            millisUntil(startedAt.plus(limit)), TimeUnit.MILLISECONDS)));
  }

  private void timeout(TaskRef ref, int tryNumber) {
    synchronized (engineLock) {
      if (closed || !isRunning(ref, tryNumber)) {
        return;
      }
      TaskTry current = writer.latestTry(ref).orElseThrow();
      log.info("{} try {} timed out; stopping it", ref, tryNumber);
      timedOut.add(ref);
      runners.get(current.runnerType()).cancel(new RunHandle(current.runnerType(), current.handle()));
    }
  }

  private void cancelTimeout(TaskRef ref) {
    ScheduledFuture<?> pending = timeouts.remove(ref);
    if (pending != null) {
      pending.cancel(false);
    }
  }

  // Timers and runner callbacks would swallow an exception silently; the task would then wait
  // for the next restart's recovery. Say so in the log at least.
  private static Runnable guarded(TaskRef ref, Runnable work) {
    return () -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        log.error("{}: could not record what happened; a restart will recover it", ref, e);
      }
    };
  }

  private long millisUntil(Instant at) {
    return Math.max(0, Duration.between(writer.now(), at).toMillis());
  }
}
