package dev.nightshift.platform.api.dags;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.platform.api.ApiConfiguration;
import dev.nightshift.platform.api.Paging;
import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.platform.api.problem.FieldProblem;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.DagFileParser;
import dev.nightshift.scheduler.dag.ImportError;
import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.store.DagRecord;
import dev.nightshift.scheduler.store.DagVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** DAGs: list, one with its tasks, pause and unpause, versions and their source, import errors. */
@RestController
@RequestMapping(ApiConfiguration.BASE)
@Tag(name = "DAG")
class DagsController {
  private final NightshiftScheduler scheduler;

  DagsController(NightshiftScheduler scheduler) {
    this.scheduler = scheduler;
  }

  record DagCollection(
      @JsonProperty("dags") List<DagJson> dags, @JsonProperty("total_entries") long totalEntries) {}

  record TaskCollection(
      @JsonProperty("tasks") List<DagDetailJson.Task> tasks,
      @JsonProperty("total_entries") long totalEntries) {}

  /**
   * The only field a PATCH may change, as in Airflow. Airflow's body is its whole DAG object, as
   * generated clients send it: its read-only fields are taken and ignored, as Airflow does.
   */
  @JsonIgnoreProperties({"dag_display_name", "dag_id", "default_view", "description", "file_token",
      "fileloc", "has_import_errors", "has_task_concurrency_limits", "is_active", "is_subdag",
      "last_expired", "last_parsed_time", "last_pickled", "max_active_runs", "max_active_tasks",
      "max_consecutive_failed_dag_runs", "next_dagrun", "next_dagrun_create_after",
      "next_dagrun_data_interval_end", "next_dagrun_data_interval_start", "owners", "pickle_id",
      "root_dag_id", "schedule_interval", "scheduler_lock", "tags", "timetable_description"})
  record DagPatch(@JsonProperty("is_paused") Boolean isPaused) {}

  record VersionJson(
      @JsonProperty("dag_id") String dagId,
      @JsonProperty("version") String version,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("is_current") boolean current) {}

  record VersionCollection(
      @JsonProperty("dag_versions") List<VersionJson> versions,
      @JsonProperty("total_entries") long totalEntries) {}

  record Source(
      @JsonProperty("dag_id") String dagId,
      @JsonProperty("version") String version,
      @JsonProperty("content") String content) {}

  record ImportErrorJson(
      @JsonProperty("import_error_id") int id,
      @JsonProperty("filename") String filename,
      @JsonProperty("line") int line,
      @JsonProperty("column") int column,
      @JsonProperty("stack_trace") String message) {}

  record ImportErrorCollection(
      @JsonProperty("import_errors") List<ImportErrorJson> errors,
      @JsonProperty("total_entries") long totalEntries) {}

  @GetMapping("/dags")
  @Operation(
      summary = "List DAGs",
      description =
          "Filter by tags (any of them), paused state and"
              + " whether the DAG's file still exists; ordered by dag_id.")
  DagCollection list(
      @RequestParam(defaultValue = Paging.DEFAULT_LIMIT) int limit,
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(required = false) List<String> tags,
      @RequestParam(required = false) Boolean paused,
      @RequestParam(name = "only_active", defaultValue = "true") boolean onlyActive,
      @RequestParam(name = "dag_id_pattern", required = false) String pattern) {
    Paging paging = Paging.of(limit, offset);
    Map<String, DataInterval> next = scheduler.nextRuns();
    Set<String> failedFiles = failedFiles();
    List<DagJson> all =
        scheduler.dags().stream()
            .filter(d -> !onlyActive || d.active())
            .filter(d -> paused == null || d.paused() == paused)
            .filter(d -> pattern == null || d.dagId().contains(pattern))
            .map(d -> json(d, Optional.ofNullable(next.get(d.dagId())), failedFiles))
            .filter(
                d ->
                    tags == null
                        || tags.isEmpty()
                        || d.tags().stream().anyMatch(t -> tags.contains(t.name())))
            .toList();
    return new DagCollection(paging.page(all), all.size());
  }

  @GetMapping("/dags/{dag_id}")
  @Operation(summary = "One DAG with its schedule, next run, params and tasks")
  DagDetailJson get(@PathVariable("dag_id") String dagId) {
    DagRecord record = record(dagId);
    return DagDetailJson.of(
        json(record), scheduler.dag(dagId).orElse(null));
  }

  @GetMapping("/dags/{dag_id}/tasks")
  @Operation(summary = "The DAG's tasks with their upstream and downstream tasks")
  TaskCollection tasks(@PathVariable("dag_id") String dagId) {
    DagDetailJson detail = get(dagId);
    return new TaskCollection(detail.tasks(), detail.tasks().size());
  }

  record UpcomingRun(
      @JsonProperty("logical_date") Instant logicalDate,
      @JsonProperty("data_interval_start") Instant start,
      @JsonProperty("data_interval_end") Instant end,
      @JsonProperty("run_after") Instant runAfter,
      @JsonProperty("run_after_local") String runAfterLocal) {}

  record UpcomingCollection(
      @JsonProperty("dag_id") String dagId,
      @JsonProperty("timezone") String timezone,
      @JsonProperty("dag_runs") List<UpcomingRun> runs,
      @JsonProperty("total_entries") long totalEntries) {}

  @GetMapping("/dags/{dag_id}/upcomingDagRuns")
  @Operation(
      summary = "The DAG's next scheduled runs",
      description =
          "The next `limit` data intervals of the schedule after the latest scheduled run, with"
              + " when each run falls due, in UTC and in the DAG's time zone.")
  UpcomingCollection upcoming(
      @PathVariable("dag_id") String dagId, @RequestParam(defaultValue = "10") int limit) {
    record(dagId);
    if (limit < 1 || limit > 1000) {
      throw ApiException.invalid(FieldProblem.parameter("limit", "must be 1 to 1000"));
    }
    java.time.ZoneId zone =
        scheduler.dag(dagId).map(d -> d.timezone()).orElse(DagFileParser.UTC);
    List<UpcomingRun> runs =
        scheduler.upcomingRuns(dagId, limit).stream()
            .map(
                i ->
                    new UpcomingRun(
                        i.start(),
                        i.start(),
                        i.end(),
                        i.runAfter(),
                        i.runAfter().atZone(zone).toOffsetDateTime().toString()))
            .toList();
    return new UpcomingCollection(dagId, zone.getId(), runs, runs.size());
  }

  @PatchMapping("/dags/{dag_id}")
  @Operation(summary = "Pause or unpause a DAG", security = @SecurityRequirement(name = "bearer"))
  DagJson patch(@PathVariable("dag_id") String dagId, @RequestBody DagPatch patch) {
    record(dagId);
    if (patch.isPaused() == null) {
      throw ApiException.invalid(FieldProblem.body("is_paused", "required, true or false"));
    }
    if (patch.isPaused()) {
      scheduler.pause(dagId);
    } else {
      scheduler.unpause(dagId);
    }
    return json(record(dagId));
  }

  @GetMapping("/dags/{dag_id}/versions")
  @Operation(summary = "Every version the DAG's file had, oldest first")
  VersionCollection versions(
      @PathVariable("dag_id") String dagId,
      @RequestParam(defaultValue = Paging.DEFAULT_LIMIT) int limit,
      @RequestParam(defaultValue = "0") long offset) {
    Paging paging = Paging.of(limit, offset);
    String current = record(dagId).currentVersion();
    List<VersionJson> all =
        scheduler.dagVersions(dagId).stream()
            .map(
                (DagVersion v) ->
                    new VersionJson(
                        v.dagId(), v.version(), v.createdAt(), v.version().equals(current)))
            .toList();
    return new VersionCollection(paging.page(all), all.size());
  }

  @GetMapping("/dags/{dag_id}/versions/{version}/source")
  @Operation(summary = "The DAG file's text of one version")
  Source source(@PathVariable("dag_id") String dagId, @PathVariable String version) {
    record(dagId);
    return scheduler
        .dagSource(dagId, version)
        .map(text -> new Source(dagId, version, text))
        .orElseThrow(
            () -> ApiException.notFound("DAG '" + dagId + "' has no version '" + version + "'"));
  }

  @GetMapping("/importErrors")
  @Operation(summary = "DAG files that could not be loaded, with file, line and column")
  ImportErrorCollection importErrors(
      @RequestParam(defaultValue = Paging.DEFAULT_LIMIT) int limit,
      @RequestParam(defaultValue = "0") long offset) {
    Paging paging = Paging.of(limit, offset);
    List<ImportError> errors = scheduler.importErrors();
    List<ImportErrorJson> all =
        IntStream.range(0, errors.size())
            .mapToObj(
                i ->
                    new ImportErrorJson(
                        i + 1,
                        errors.get(i).file(),
                        errors.get(i).line(),
                        errors.get(i).column(),
                        errors.get(i).message()))
            .toList();
    return new ImportErrorCollection(paging.page(all), all.size());
  }

  /** The DAG as the API shows it; its next run comes from the function that creates runs. */
  private DagJson json(DagRecord record) {
    return json(record, scheduler.upcomingRuns(record.dagId(), 1).stream().findFirst(),
        failedFiles());
  }

  private DagJson json(DagRecord record, Optional<DataInterval> next, Set<String> failedFiles) {
    Optional<DagDefinition> dag = scheduler.dag(record.dagId());
    return DagJson.of(
        record, dag, next, dag.map(d -> failedFiles.contains(d.source())).orElse(false));
  }

  /** The files whose latest reading failed: their DAGs keep their last good definition. */
  private Set<String> failedFiles() {
    return scheduler.importErrors().stream().map(ImportError::file).collect(Collectors.toSet());
  }

  private DagRecord record(String dagId) {
    return scheduler.dags().stream()
        .filter(d -> d.dagId().equals(dagId))
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("no DAG with id '" + dagId + "'"));
  }
}
