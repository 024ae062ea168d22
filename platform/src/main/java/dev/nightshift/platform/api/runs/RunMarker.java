package dev.nightshift.platform.api.runs;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskState;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Marks a whole run by marking its tasks (a run's state follows from its tasks'): success marks
 * every task not yet successful or skipped; failed marks the unfinished tasks, or every successful
 * one when all had finished.
 */
@Component
final class RunMarker {
  private final NightshiftScheduler scheduler;

  RunMarker(NightshiftScheduler scheduler) {
    this.scheduler = scheduler;
  }

  DagRun mark(DagRun run, RunState target) {
    List<TaskInstance> tasks = scheduler.taskInstances(run.dagId(), run.runId());
    if (target == RunState.SUCCESS) {
      tasks.stream()
          .filter(t -> !Set.of(TaskState.SUCCESS, TaskState.SKIPPED).contains(t.state()))
          .forEach(t -> scheduler.markSuccess(t.ref()));
    } else {
      List<TaskInstance> unfinished = tasks.stream().filter(t -> !t.state().isFinished()).toList();
      List<TaskInstance> toFail =
          unfinished.isEmpty()
              ? tasks.stream().filter(t -> t.state() == TaskState.SUCCESS).toList()
              : unfinished;
      toFail.forEach(t -> scheduler.markFailed(t.ref()));
    }
    return scheduler.run(run.dagId(), run.runId()).orElseThrow();
  }
}
