package dev.nightshift.platform.api.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.platform.api.ApiConfiguration;
import dev.nightshift.platform.api.Paging;
import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.platform.api.problem.FieldProblem;
import dev.nightshift.platform.api.runs.RunLookup;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Task instances of a run: list, one, its tries, mark success or failed. */
@RestController
@RequestMapping(ApiConfiguration.BASE + "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances")
@Tag(name = "TaskInstance")
class TaskInstancesController {
  private final NightshiftScheduler scheduler;
  private final RunLookup lookup;

  TaskInstancesController(NightshiftScheduler scheduler, RunLookup lookup) {
    this.scheduler = scheduler;
    this.lookup = lookup;
  }

  record TaskInstanceCollection(
      @JsonProperty("task_instances") List<TaskInstanceJson> taskInstances,
      @JsonProperty("total_entries") long totalEntries) {}

  record TryCollection(
      @JsonProperty("task_instances") List<TryJson> tries,
      @JsonProperty("total_entries") long totalEntries) {}

  record StatePatch(
      @JsonProperty("new_state") String newState, @JsonProperty("dry_run") Boolean dryRun) {}

  @GetMapping
  @Operation(summary = "The run's task instances, by task_id; filter by state")
  TaskInstanceCollection list(
      @PathVariable("dag_id") String dagId,
      @PathVariable("dag_run_id") String runId,
      @RequestParam(defaultValue = Paging.DEFAULT_LIMIT) int limit,
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(required = false) List<String> state) {
    Paging paging = Paging.of(limit, offset);
    DagRun run = lookup.run(dagId, runId);
    Optional<DagDefinition> dag = scheduler.dag(dagId);
    List<TaskState> states = state == null ? List.of() : state.stream().map(this::state).toList();
    List<TaskInstanceJson> all =
        scheduler.taskInstances(dagId, runId).stream()
            .filter(t -> states.isEmpty() || states.contains(t.state()))
            .map(t -> json(t, run, dag))
            .toList();
    return new TaskInstanceCollection(paging.page(all), all.size());
  }

  @GetMapping("/{task_id}")
  @Operation(summary = "One task instance")
  TaskInstanceJson get(
      @PathVariable("dag_id") String dagId,
      @PathVariable("dag_run_id") String runId,
      @PathVariable("task_id") String taskId) {
    return json(lookup.task(dagId, runId, taskId));
  }

  @GetMapping("/{task_id}/tries")
  @Operation(summary = "Every try of a task instance, first first")
  TryCollection tries(
      @PathVariable("dag_id") String dagId,
      @PathVariable("dag_run_id") String runId,
      @PathVariable("task_id") String taskId) {
    TaskInstance task = lookup.task(dagId, runId, taskId);
    List<TryJson> tries = scheduler.tries(task.ref()).stream().map(TryJson::of).toList();
    return new TryCollection(tries, tries.size());
  }

  @PatchMapping("/{task_id}")
  @Operation(
      summary = "Mark a task instance success or failed (a running try is stopped)",
      security = @SecurityRequirement(name = "bearer"))
  TaskInstanceJson mark(
      @PathVariable("dag_id") String dagId,
      @PathVariable("dag_run_id") String runId,
      @PathVariable("task_id") String taskId,
      @RequestBody StatePatch patch) {
    TaskInstance task = lookup.task(dagId, runId, taskId);
    String target = patch.newState() == null ? "" : patch.newState();
    if (!target.equals("success") && !target.equals("failed")) {
      throw ApiException.invalid(
          FieldProblem.body("new_state", "must be 'success' or 'failed', got " + patch.newState()));
    }
    if (Boolean.TRUE.equals(patch.dryRun())) {
      return json(task);
    }
    return json(
        target.equals("success")
            ? scheduler.markSuccess(task.ref())
            : scheduler.markFailed(task.ref()));
  }

  private TaskInstanceJson json(TaskInstance task) {
    return json(task, lookup.run(task.dagId(), task.runId()), scheduler.dag(task.dagId()));
  }

  private TaskInstanceJson json(TaskInstance task, DagRun run, Optional<DagDefinition> dag) {
    return TaskInstanceJson.of(
        task,
        scheduler.tries(task.ref()).stream().reduce((first, second) -> second),
        run.logicalDate(),
        dag.flatMap(d -> d.task(task.taskId())));
  }

  private TaskState state(String name) {
    try {
      return TaskState.fromApiName(name);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(
          FieldProblem.parameter(
              "state",
              "unknown task state '"
                  + name
                  + "'; task states: "
                  + Arrays.stream(TaskState.values())
                      .map(TaskState::apiName)
                      .collect(Collectors.joining(", "))));
    }
  }
}
