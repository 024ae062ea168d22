package dev.nightshift.platform.api.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.platform.api.ApiConfiguration;
import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.platform.api.problem.FieldProblem;
import dev.nightshift.platform.api.runs.RunLookup;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskInstance;
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

  /** As Airflow, {@code dry_run} is true unless said otherwise. */
  record ClearRequest(
      @JsonProperty("dag_run_id") String runId,
      @JsonProperty("task_ids") List<String> taskIds,
      @JsonProperty("include_downstream") Boolean includeDownstream,
      @JsonProperty("dry_run") Boolean dryRun) {}

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
      throw ApiException.invalid(FieldProblem.body("dag_run_id", "required"));
    }
    if (request.taskIds() == null || request.taskIds().isEmpty()) {
      throw ApiException.invalid(FieldProblem.body("task_ids", "name at least one task"));
    }
    DagRun run = lookup.run(dagId, request.runId());
    for (String taskId : request.taskIds()) {
      lookup.task(dagId, run.runId(), taskId);
    }
    List<TaskInstance> cleared =
        scheduler.clear(
            run.ref(),
            request.taskIds(),
            Boolean.TRUE.equals(request.includeDownstream()),
            !Boolean.FALSE.equals(request.dryRun()));
    return new Cleared(
        cleared.stream()
            .map(t -> new Reference(t.dagId(), t.runId(), t.taskId(), t.state().apiName()))
            .toList());
  }
}
