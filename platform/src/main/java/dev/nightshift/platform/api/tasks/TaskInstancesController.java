package dev.nightshift.platform.api.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.platform.api.ApiConfiguration;
import dev.nightshift.platform.api.ApiDates;
import dev.nightshift.platform.api.Paging;
import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.platform.api.problem.FieldProblem;
import dev.nightshift.platform.api.runs.RunLookup;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.Transition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  @Operation(
      summary = "The run's task instances, by task_id",
      description =
          "Filters as in Airflow 2, every bound inclusive: execution_date, start_date, end_date,"
              + " updated_at (the latest change of state) and duration (seconds) _gte/_lte;"
              + " state, pool, queue, executor repeatable.")
  TaskInstanceCollection list(
      @PathVariable("dag_id") String dagId,
      @PathVariable("dag_run_id") String runId,
      @RequestParam(defaultValue = Paging.DEFAULT_LIMIT) int limit,
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(required = false) List<String> state,
      @RequestParam(name = "execution_date_gte", required = false) String executionGte,
      @RequestParam(name = "execution_date_lte", required = false) String executionLte,
      @RequestParam(name = "start_date_gte", required = false) String startGte,
      @RequestParam(name = "start_date_lte", required = false) String startLte,
      @RequestParam(name = "end_date_gte", required = false) String endGte,
      @RequestParam(name = "end_date_lte", required = false) String endLte,
      @RequestParam(name = "updated_at_gte", required = false) String updatedGte,
      @RequestParam(name = "updated_at_lte", required = false) String updatedLte,
      @RequestParam(name = "duration_gte", required = false) Double durationGte,
      @RequestParam(name = "duration_lte", required = false) Double durationLte,
      @RequestParam(required = false) List<String> pool,
      @RequestParam(required = false) List<String> queue,
      @RequestParam(required = false) List<String> executor) {
    Paging paging = Paging.of(limit, offset);
    if (durationGte != null && durationLte != null && durationLte < durationGte) {
      throw ApiException.invalid(
          FieldProblem.parameter(
              "duration_lte",
              "must not be less than duration_gte (" + durationGte + " > " + durationLte + ")"));
    }
    TaskInstanceFilter filter =
        new TaskInstanceFilter(
            state == null ? Set.of() : state.stream().map(this::state).collect(Collectors.toSet()),
            ApiDates.range("execution_date", executionGte, executionLte),
            ApiDates.range("start_date", startGte, startLte),
            ApiDates.range("end_date", endGte, endLte),
            ApiDates.range("updated_at", updatedGte, updatedLte),
            durationGte,
            durationLte,
            set(pool),
            set(queue),
            set(executor));
    DagRun run = lookup.run(dagId, runId);
    Optional<DagDefinition> dag = scheduler.dag(dagId);
    Map<String, Instant> lastChanges = lastChanges(run);
    List<TaskInstanceJson> all = new ArrayList<>();
    for (TaskInstance task : scheduler.taskInstances(dagId, runId)) {
      TaskInstanceJson json = json(task, run, dag);
      if (filter.matches(json, task.state(), lastChanges.get(task.taskId()))) {
        all.add(json);
      }
    }
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

  /** The latest change of state of each task instance of the run, by task id. */
  private Map<String, Instant> lastChanges(DagRun run) {
    return scheduler.history(run.dagId(), run.runId()).stream()
        .collect(
            Collectors.toMap(
                t -> t.task().taskId(),
                Transition::at,
                (a, b) -> a.isAfter(b) ? a : b));
  }

  private static Set<String> set(List<String> values) {
    return values == null ? Set.of() : Set.copyOf(values);
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
