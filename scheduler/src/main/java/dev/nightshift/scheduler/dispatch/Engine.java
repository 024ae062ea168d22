package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.event.RunListener;
import dev.nightshift.scheduler.runner.NamedThreads;
import dev.nightshift.scheduler.runner.TaskRunners;
import dev.nightshift.scheduler.store.RunStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The event-driven execution engine: ready queue, dispatcher threads, timers
 * ({@code nightshift-timer-N}) and the components that move runs forward, all sharing one lock.
 */
public final class Engine implements AutoCloseable {
  private final Object engineLock = new Object();
  private final RunStore store;
  private final LoadedDags dags;
  private final ReadyQueue queue = new ReadyQueue();
  private final ScheduledExecutorService timer;
  private final RunProgress progress;
  private final TaskLauncher launcher;
  private final RunOperations operations;
  private final Dispatcher dispatcher;
  private final Recovery recovery;
  private final int dispatcherWorkers;

  /** Tuning of the engine's threads and of the observation of runners that cannot call back. */
  public record Tuning(int dispatcherWorkers, int timerThreads, Duration observeInterval) {}

  public Engine(RunStore store, Clock clock, RunListener listener, TaskRunners runners,
      LoadedDags dags, LogFiles logs, ArgsRenderer renderer, Tuning tuning) {
    this.store = store;
    this.dags = dags;
    this.timer = Executors.newScheduledThreadPool(tuning.timerThreads(), new NamedThreads("timer"));
    StateWriter writer = new StateWriter(store, clock, listener);
    this.progress = new RunProgress(engineLock, writer, dags, queue, this::launchAfter);
    this.launcher = new TaskLauncher(engineLock, writer, dags, queue, progress, runners, logs,
        renderer, timer, tuning.observeInterval());
    this.operations = new RunOperations(engineLock, writer, dags, queue, progress, launcher);
    this.dispatcher = new Dispatcher(queue, launcher);
    this.recovery = new Recovery(engineLock, writer, dags, progress, launcher);
    this.dispatcherWorkers = tuning.dispatcherWorkers();
  }

  /** Recovers what was in flight, then starts dispatching. DAGs must be loaded first. */
  public void start() {
    store.pools().forEach(queue::setPool);
    recovery.recover();
    dispatcher.start(dispatcherWorkers);
  }

  public void dagLoaded(DagDefinition dag) {
    dags.put(dag);
    queue.setDagLimit(dag.dagId(), dag.maxActiveTasks());
  }

  public void dagRemoved(String dagId) {
    dags.remove(dagId);
  }

  public void setPool(String name, int slots) {
    if (slots < 0) {
      throw new IllegalArgumentException("pool '" + name + "' needs 0 or more slots, got " + slots);
    }
    store.savePool(name, slots);
    queue.setPool(name, slots);
  }

  /** Queued tasks not yet started: waiting for a dispatcher, a pool slot or max_active_tasks. */
  public int readyQueueDepth() {
    return queue.waitingCount();
  }

  /** Size and slots in use of every pool, by name. */
  public Map<String, PoolUsage> poolUsage() {
    return queue.poolUsage();
  }

  public RunProgress progress() {
    return progress;
  }

  public RunOperations operations() {
    return operations;
  }

  // A fire's transaction begins the tries of its first tasks, which then start on its thread.
  private void launchAfter(Runnable work) {
    launcher.launchAfter(work, Dispatcher.BATCH);
  }

  @Override
  public void close() {
    synchronized (engineLock) {
      launcher.close();
    }
    dispatcher.close();
    timer.shutdownNow();
  }
}
