package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.DuplicateRunException;
import dev.nightshift.scheduler.run.TaskNotFinishedException;
import dev.nightshift.scheduler.run.RunConf;
import dev.nightshift.scheduler.run.RunRef;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What an operator does to runs: trigger, clear, mark success or failed. */
public final class RunOperations {
  private final Object engineLock;
  private final StateWriter writer;
  private final LoadedDags dags;
  private final ReadyQueue queue;
  private final RunProgress progress;
  private final TaskLauncher launcher;

  RunOperations(Object engineLock, StateWriter writer, LoadedDags dags, ReadyQueue queue,
      RunProgress progress, TaskLauncher launcher) {
    this.engineLock = engineLock;
    this.writer = writer;
    this.dags = dags;
    this.queue = queue;
    this.progress = progress;
    this.launcher = launcher;
  }

  /**
   * Creates a manual run. Its conf is checked against the DAG's params (defaults filled in); its
   * logical date is {@code logicalDate}, or now; its data interval is the schedule's latest
   * complete interval ending by then ({@link dev.nightshift.scheduler.schedule.Schedule#manualInterval}).
   */
  public DagRun trigger(String dagId, Map<String, Object> conf, Instant logicalDate) {
    return trigger(dagId, conf, logicalDate, null);
  }

  /** As {@link #trigger(String, Map, Instant)}, with a run id of the caller's (null: derived). */
  public DagRun trigger(String dagId, Map<String, Object> conf, Instant logicalDate, String runId) {
    DagDefinition dag = dags.require(dagId);
    Map<String, Object> resolved = RunConf.resolve(dagId, dag.params(), conf);
    Instant date = logicalDate != null ? logicalDate : writer.now();
    String id = runId != null ? runId : RunType.MANUAL.runId(date);
    return progress.createRun(dag, date, dag.schedule().manualInterval(date), RunType.MANUAL,
        resolved, id)
        .orElseThrow(() -> new DuplicateRunException("DAG '" + dagId
            + "' already has a run for logical date " + date + " or with run id '" + id + "'"));
  }

  /**
   * Sets a finished task (and, if asked, everything downstream of it) back to waiting, so that it
   * runs again with a new try; its run becomes running again.
   */
  public List<TaskInstance> clear(TaskRef ref, boolean downstream) {
    return clear(ref.run(), List.of(ref.taskId()), downstream, false);
  }

  /**
   * Clears several tasks of one run at once (each with its downstream tasks if asked). A dry run
   * returns the task instances that would be cleared and changes nothing.
   */
  public List<TaskInstance> clear(RunRef runRef, Collection<String> taskIds, boolean downstream,
      boolean dryRun) {
    synchronized (engineLock) {
      DagDefinition dag = dags.forRuns(runRef.dagId())
          .orElseThrow(() -> new UnknownDagException(runRef.dagId(),
              dags.all().stream().map(DagDefinition::dagId).toList()));
      Set<String> ids = new LinkedHashSet<>();
      for (String taskId : taskIds) {
        ids.addAll(downstream ? withDownstream(dag, taskId) : Set.of(taskId));
      }
      List<TaskInstance> tasks = writer.tasks(runRef).stream()
          .filter(t -> ids.contains(t.taskId())).toList();
      if (tasks.isEmpty()) {
        throw new IllegalArgumentException("no task '" + String.join("', '", taskIds) + "' in "
            + runRef);
      }
      for (TaskInstance task : tasks) {
        if (!task.state().isFinished()) {
          throw new TaskNotFinishedException(task.ref() + " is " + task.state().apiName()
              + "; only finished tasks can be cleared (mark it success or failed first)");
        }
      }
      if (dryRun) {
        return tasks;
      }
      List<TaskInstance> cleared = tasks.stream()
          .map(t -> writer.move(t, TaskState.SCHEDULED, "cleared by an operator")).toList();
      DagRun run = writer.run(runRef).orElseThrow();
      if (run.state().isFinished()) {
        writer.moveRun(run, RunState.RUNNING);
      }
      progress.progress(runRef);
      return cleared;
    }
  }

  /** Sets a task's final state by hand; a running try is cancelled. */
  public TaskInstance mark(TaskRef ref, TaskState state) {
    requireFinal(state);
    synchronized (engineLock) {
      TaskInstance task = writer.task(ref)
          .orElseThrow(() -> new IllegalArgumentException("no task instance " + ref));
      stopWork(task);
      TaskInstance marked = writer.atomically(() -> {
        TaskInstance moved = writer.move(task, state, "marked " + state.apiName() + " by an operator");
        reopen(ref.run());
        return moved;
      });
      progress.progress(ref.run());
      return marked;
    }
  }

  /**
   * Sets a whole run's state by hand, through its tasks (a run's state follows from theirs), in
   * one transaction: success marks every task not yet successful or skipped; failed marks the
   * unfinished tasks, or every successful one when all had finished. Running tries are cancelled.
   */
  public DagRun markRun(RunRef ref, RunState state) {
    if (state != RunState.SUCCESS && state != RunState.FAILED) {
      throw new IllegalArgumentException("a run can be marked success or failed, not "
          + state.apiName());
    }
    synchronized (engineLock) {
      writer.run(ref).orElseThrow(() -> new IllegalArgumentException("no run " + ref));
      List<TaskInstance> tasks = writer.tasks(ref);
      List<TaskInstance> toMark;
      TaskState target;
      if (state == RunState.SUCCESS) {
        target = TaskState.SUCCESS;
        toMark = tasks.stream()
            .filter(t -> t.state() != TaskState.SUCCESS && t.state() != TaskState.SKIPPED)
            .toList();
      } else {
        target = TaskState.FAILED;
        List<TaskInstance> unfinished =
            tasks.stream().filter(t -> !t.state().isFinished()).toList();
        toMark = unfinished.isEmpty()
            ? tasks.stream().filter(t -> t.state() == TaskState.SUCCESS).toList()
            : unfinished;
      }
      toMark.forEach(this::stopWork);
      writer.atomically(() -> {
        toMark.forEach(t ->
            writer.move(t, target, "run marked " + state.apiName() + " by an operator"));
        reopen(ref);
      });
      // The run's own state then follows from its tasks', as after any task's end.
      progress.progress(ref);
      return writer.run(ref).orElseThrow();
    }
  }

  private static void requireFinal(TaskState state) {
    if (state != TaskState.SUCCESS && state != TaskState.FAILED) {
      throw new IllegalArgumentException("a task can be marked success or failed, not "
          + state.apiName());
    }
  }

  /** A marked task does no more work: its running try is cancelled, or it leaves the queue. */
  private void stopWork(TaskInstance task) {
    if (task.state() == TaskState.RUNNING) {
      launcher.cancelRunning(task);
    } else if (task.state() == TaskState.QUEUED) {
      queue.remove(task.ref());
    }
  }

  /** A finished run whose tasks changed runs again until progress decides its state anew. */
  private void reopen(RunRef ref) {
    DagRun run = writer.run(ref).orElseThrow();
    if (run.state().isFinished()) {
      writer.moveRun(run, RunState.RUNNING);
    }
  }

  private static Set<String> withDownstream(DagDefinition dag, String taskId) {
    Set<String> ids = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(taskId));
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (ids.add(id)) {
        dag.downstreamOf(id).forEach(t -> todo.push(t.taskId()));
      }
    }
    return ids;
  }
}
