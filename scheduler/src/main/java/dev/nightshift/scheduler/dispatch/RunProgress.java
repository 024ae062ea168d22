package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.TaskSpec;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunRef;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TriggerDecision;
import dev.nightshift.scheduler.run.TriggerRules;
import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.store.RunStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Moves runs forward when something happened: a run was created, a task finished, an operator
 * acted. Decides which waiting tasks become ready (trigger rules), skips or upstream-fails the
 * others, admits queued runs under max_active_runs and finishes runs. Every method takes the
 * engine lock.
 */
public final class RunProgress {
  private final Object engineLock;
  private final StateWriter writer;
  private final RunStore store;
  private final LoadedDags dags;
  private final ReadyQueue queue;
  private final AtomicLong sequence = new AtomicLong();
  private final Consumer<Runnable> launchAfter;

  RunProgress(Object engineLock, StateWriter writer, LoadedDags dags, ReadyQueue queue,
      Consumer<Runnable> launchAfter) {
    this.engineLock = engineLock;
    this.launchAfter = launchAfter;
    this.writer = writer;
    this.store = writer.store();
    this.dags = dags;
    this.queue = queue;
  }

  /**
   * Creates a queued run with all its tasks waiting, then admits it if max_active_runs allows.
   * Empty when the DAG already has a run for this logical date.
   */
  public Optional<DagRun> createRun(DagDefinition dag, DataInterval interval, RunType type,
      Map<String, Object> conf) {
    return createRun(dag, interval.start(), interval, type, conf, type.runId(interval.start()));
  }

  /**
   * As {@link #createRun(DagDefinition, DataInterval, RunType, Map)}, with the logical date and
   * run id given.
   */
  public Optional<DagRun> createRun(DagDefinition dag, Instant logicalDate, DataInterval interval,
      RunType type, Map<String, Object> conf, String runId) {
    synchronized (engineLock) {
      DagRun run = new DagRun(dag.dagId(), runId, logicalDate, interval, RunState.QUEUED,
          type, conf, dag.version(), writer.now(), null, null, 0);
      List<TaskInstance> tasks = dag.tasks().stream()
          .map(t -> new TaskInstance(new TaskRef(dag.dagId(), run.runId(), t.taskId()),
              TaskState.SCHEDULED, 0, t.priorityWeight(), t.pool(), null, null, null, 0))
          .toList();
      Optional<DagRun> created = store.createRun(run, tasks);
      created.ifPresent(r -> {
        writer.created(r, tasks);
        // Starting the run and queueing its first tasks commit together.
        writer.atomically(() -> admit(dag.dagId()));
      });
      return created.flatMap(r -> writer.run(r.ref()));
    }
  }

  /**
   * Runs {@code work} under the engine lock in one transaction: the runs it creates, their first
   * queued tasks, whatever else it stores and the tries of the tasks ready by then commit
   * together; those tasks then start on the caller's thread.
   */
  public void inOneTransaction(Runnable work) {
    launchAfter.accept(work);
  }

  /** Starts the oldest queued runs of a DAG while fewer than max_active_runs are running. */
  public void admit(String dagId) {
    synchronized (engineLock) {
      Optional<DagDefinition> dag = dags.forRuns(dagId);
      if (dag.isEmpty()) {
        return;
      }
      List<DagRun> active = store.activeRuns(dagId);
      long running = active.stream().filter(r -> r.state() == RunState.RUNNING).count();
      List<DagRun> waiting =
          active.stream().filter(r -> r.state() == RunState.QUEUED).toList();
      for (int i = 0; i < waiting.size() && running < dag.get().maxActiveRuns(); i++, running++) {
        DagRun admitted = writer.moveRun(waiting.get(i), RunState.RUNNING);
        progress(admitted.ref());
      }
    }
  }

  /**
   * Re-evaluates the waiting tasks of a run until nothing changes (a skip can make the next task
   * skip), then finishes the run when all its tasks have.
   */
  public void progress(RunRef ref) {
    synchronized (engineLock) {
      writer.atomically(() -> evaluate(ref, null));
    }
  }

  /**
   * Moves a run forward after one of its tasks finished: only the tasks downstream of it (and,
   * when those skip or fail, theirs) can change.
   */
  void progressAfter(TaskRef finished) {
    synchronized (engineLock) {
      writer.atomically(() -> evaluate(finished.run(), finished.taskId()));
    }
  }

  // Evaluates the waiting tasks downstream of {@code changedTask}, all of them when null, until
  // nothing changes. The moves of one evaluation commit together.
  private void evaluate(RunRef ref, String changedTask) {
    DagRun run = writer.run(ref).orElseThrow();
    if (run.state() != RunState.RUNNING || dags.forRuns(ref.dagId()).isEmpty()) {
      return;
    }
    Map<String, TaskInstance> tasks = writer.taskMap(ref);
    // A join below a fan-out is downstream of every task that moved: evaluate it once per pass.
    Set<String> candidates = new LinkedHashSet<>(changedTask == null ? tasks.keySet()
        : dags.downstreamOf(ref.dagId(), changedTask));
    List<QueuedTask> ready = new ArrayList<>();
    while (!candidates.isEmpty()) {
      String next = candidates.iterator().next();
      candidates.remove(next);
      TaskInstance task = tasks.get(next);
      if (task == null || task.state() != TaskState.SCHEDULED) {
        continue;
      }
      Optional<TaskSpec> spec = dags.spec(task.ref());
      TriggerDecision decision = spec.isEmpty() ? TriggerDecision.SKIP
          : TriggerRules.evaluate(spec.get().triggerRule(), spec.get().dependsOn().stream()
              .map(tasks::get).filter(java.util.Objects::nonNull).map(TaskInstance::state)
              .toList());
      if (decision != TriggerDecision.WAIT) {
        TaskInstance moved = writer.move(task, decision.targetState(), reason(decision, spec));
        tasks.put(moved.taskId(), moved.state() == TaskState.QUEUED ? ready(moved, ready) : moved);
        candidates.addAll(dags.downstreamOf(ref.dagId(), moved.taskId()));
      }
    }
    queue.offerAll(ready);
    if (!ready.isEmpty()) {
      return; // a task was just queued: the run goes on, no need to look at all its tasks
    }
    if (tasks.values().stream().allMatch(t -> t.state().isFinished())) {
      writer.moveRun(run, RunState.of(tasks.values().stream().map(TaskInstance::state).toList(),
          leafStates(ref.dagId(), tasks)));
      admit(ref.dagId());
    }
  }

  // The states of the run's tasks that nothing downstream depends on in the DAG as loaded. A task
  // that left the DAG is no leaf; when the DAG changed so that no instance is a leaf, all count.
  private List<TaskState> leafStates(String dagId, Map<String, TaskInstance> tasks) {
    List<TaskState> leaves = tasks.values().stream()
        .filter(t -> dags.spec(t.ref()).isPresent() && dags.downstreamOf(dagId, t.taskId()).isEmpty())
        .map(TaskInstance::state)
        .toList();
    return leaves.isEmpty() ? tasks.values().stream().map(TaskInstance::state).toList() : leaves;
  }

  /** Puts a queued task in the ready queue, or fails it when its pool does not exist. */
  TaskInstance enqueue(TaskInstance task) {
    List<QueuedTask> ready = new ArrayList<>();
    TaskInstance result = ready(task, ready);
    queue.offerAll(ready);
    return result;
  }

  private TaskInstance ready(TaskInstance task, List<QueuedTask> ready) {
    if (!queue.hasPool(task.pool())) {
      return writer.move(task, TaskState.FAILED, "pool '" + task.pool()
          + "' does not exist; create it (NightshiftScheduler.setPool) or use another pool");
    }
    ready.add(new QueuedTask(task.ref(), task.pool(), task.priorityWeight(), task.queuedAt(),
        sequence.incrementAndGet()));
    return task;
  }

  private static String reason(TriggerDecision decision, Optional<TaskSpec> spec) {
    if (spec.isEmpty()) {
      return "task no longer in the DAG";
    }
    String rule = spec.get().triggerRule().fileName();
    return switch (decision) {
      case RUN -> "upstream done (" + rule + ")";
      case SKIP -> "skipped by trigger rule " + rule;
      case UPSTREAM_FAILED -> "upstream failed (" + rule + ")";
      case WAIT -> "waiting";
    };
  }
}
