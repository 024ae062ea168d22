package dev.nightshift.platform.api.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.platform.api.ApiConfiguration;
import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.platform.api.problem.FieldProblem;
import dev.nightshift.platform.api.runs.RunLookup;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Clears finished task instances of a run so that they run again as new tries. */
@RestController
@RequestMapping(ApiConfiguration.BASE + "/dags/{dag_id}/clearTaskInstances")
@Tag(name = "TaskInstance")
class ClearController {
  private final NightshiftScheduler scheduler;
  private final RunLookup lookup;

  ClearController(NightshiftScheduler scheduler, RunLookup lookup) {
    this.scheduler = scheduler;
    this.lookup = lookup;
  }

  /**
   * Airflow's {@code ClearTaskInstances} body. As Airflow, {@code dry_run} is true unless said
   * otherwise, and without {@code task_ids} the run's failed tasks are cleared
   * ({@code only_failed} true). Nightshift clears one run's finished tasks, and always puts the
   * run back to running ({@code reset_dag_runs}): the options that reach further are refused.
   */
  record ClearRequest(
      @JsonProperty("dag_run_id") String runId,
      @JsonProperty("task_ids") List<String> taskIds,
      @JsonProperty("include_downstream") Boolean includeDownstream,
      @JsonProperty("dry_run") Boolean dryRun,
      @JsonProperty("only_failed") Boolean onlyFailed,
      @JsonProperty("only_running") Boolean onlyRunning,
      @JsonProperty("reset_dag_runs") Boolean resetDagRuns,
      @JsonProperty("include_upstream") Boolean includeUpstream,
      @JsonProperty("include_future") Boolean includeFuture,
      @JsonProperty("include_past") Boolean includePast,
      @JsonProperty("include_subdags") Boolean includeSubdags,
      @JsonProperty("include_parentdag") Boolean includeParentdag,
      @JsonProperty("start_date") String startDate,
      @JsonProperty("end_date") String endDate) {}

  record Cleared(@JsonProperty("task_instances") List<Reference> taskInstances) {}

  record Reference(
      @JsonProperty("dag_id") String dagId,
      @JsonProperty("dag_run_id") String runId,
      @JsonProperty("task_id") String taskId,
      @JsonProperty("state") String state) {}

  @PostMapping
  @Operation(
      summary = "Clear task instances of a run (and their downstream tasks if asked)",
      security = @SecurityRequirement(name = "bearer"))
  Cleared clear(@PathVariable("dag_id") String dagId, @RequestBody ClearRequest request) {
    if (request.runId() == null) {
      throw ApiException.invalid(FieldProblem.body("dag_run_id", "required: Nightshift clears the tasks of one run"));
    }
    refuse("only_running", request.onlyRunning(), "only finished tasks can be cleared");
    refuse("include_upstream", request.includeUpstream(), "not supported; name the upstream tasks in task_ids");
    refuse("include_future", request.includeFuture(), "not supported; clear each run");
    refuse("include_past", request.includePast(), "not supported; clear each run");
    refuse("include_subdags", request.includeSubdags(), "Nightshift has no subdags");
    refuse("include_parentdag", request.includeParentdag(), "Nightshift has no subdags");
    if (request.startDate() != null || request.endDate() != null) {
      throw ApiException.invalid(FieldProblem.body(request.startDate() != null ? "start_date" : "end_date",
          "not supported; name the run in dag_run_id"));
    }
    // An empty list is what generated clients send for "not set": the run's failed tasks then.
    boolean named = request.taskIds() != null && !request.taskIds().isEmpty();
    DagRun run = lookup.run(dagId, request.runId());
    List<String> taskIds = named ? request.taskIds() : failedTasks(dagId, run);
    for (String taskId : taskIds) {
      lookup.task(dagId, run.runId(), taskId);
    }
    if (named && Boolean.TRUE.equals(request.onlyFailed())) {
      taskIds = taskIds.stream().filter(id -> failed(lookup.task(dagId, run.runId(), id))).toList();
    }
    List<TaskInstance> cleared = taskIds.isEmpty() ? List.of() :
        scheduler.clear(
            run.ref(),
            taskIds,
            Boolean.TRUE.equals(request.includeDownstream()),
            !Boolean.FALSE.equals(request.dryRun()));
    return new Cleared(
        cleared.stream()
            .map(t -> new Reference(t.dagId(), t.runId(), t.taskId(), t.state().apiName()))
            .toList());
  }

  private List<String> failedTasks(String dagId, DagRun run) {
    return scheduler.taskInstances(dagId, run.runId()).stream().filter(ClearController::failed)
        .map(TaskInstance::taskId).toList();
  }

  private static boolean failed(TaskInstance task) {
    return task.state() == TaskState.FAILED || task.state() == TaskState.UPSTREAM_FAILED;
  }

  private static void refuse(String field, Boolean value, String why) {
    if (Boolean.TRUE.equals(value)) {
      throw ApiException.invalid(FieldProblem.body(field, why));
    }
  }
}
