package dev.nightshift.platform.api.runs;

import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskInstance;
import org.springframework.stereotype.Component;

/**
 * Finds what a path names (DAG, run, task instance) or answers 404 saying which part is unknown.
 */
@Component
public final class RunLookup {
  private final NightshiftScheduler scheduler;

  RunLookup(NightshiftScheduler scheduler) {
    this.scheduler = scheduler;
  }

  public void requireDag(String dagId) {
    if (scheduler.dags().stream().noneMatch(d -> d.dagId().equals(dagId))) {
      throw ApiException.notFound("no DAG with id '" + dagId + "'");
    }
  }

  public DagRun run(String dagId, String runId) {
    requireDag(dagId);
    return scheduler
        .run(dagId, runId)
        .orElseThrow(() -> ApiException.notFound("DAG '" + dagId + "' has no run '" + runId + "'"));
  }

  public TaskInstance task(String dagId, String runId, String taskId) {
    run(dagId, runId);
    return scheduler.taskInstances(dagId, runId).stream()
        .filter(t -> t.taskId().equals(taskId))
        .findFirst()
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "run '" + runId + "' of DAG '" + dagId + "' has no task '" + taskId + "'"));
  }
}
