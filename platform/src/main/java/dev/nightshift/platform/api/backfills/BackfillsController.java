package dev.nightshift.platform.api.backfills;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.platform.api.ApiConfiguration;
import dev.nightshift.platform.api.ApiDates;
import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.platform.api.problem.FieldProblem;
import dev.nightshift.platform.api.runs.RunLookup;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.backfill.Backfill;
import dev.nightshift.scheduler.backfill.TooManyIntervalsException;
import dev.nightshift.scheduler.backfill.UnknownBackfillException;
import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.store.RunQuery;
import dev.nightshift.scheduler.store.TimeRange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Backfills: accept a date range at once, then report progress while the runs are made and run. */
@RestController
@RequestMapping(ApiConfiguration.BASE)
@Tag(name = "Backfill")
class BackfillsController {
  private final NightshiftScheduler scheduler;
  private final RunLookup lookup;

  BackfillsController(NightshiftScheduler scheduler, RunLookup lookup) {
    this.scheduler = scheduler;
    this.lookup = lookup;
  }

  record BackfillRequest(
      @JsonProperty("from_date") String from,
      @JsonProperty("to_date") String to,
      @JsonProperty("dag_run_conf") Map<String, Object> conf) {}

  record BackfillCollection(
      @JsonProperty("backfills") List<BackfillJson> backfills,
      @JsonProperty("total_entries") long totalEntries) {}

  @PostMapping("/dags/{dag_id}/backfills")
  @Operation(
      summary =
          "Backfill a date range: one run per schedule interval starting in"
              + " [from_date, to_date]",
      description =
          "Answers at once; the backfill is stored and its runs are created oldest first, no"
              + " more at a time than the DAG's max_active_runs allows. Intervals that have a run"
              + " are skipped.",
      security = @SecurityRequirement(name = "bearer"))
  BackfillJson start(@PathVariable("dag_id") String dagId, @RequestBody BackfillRequest request) {
    lookup.requireDag(dagId);
    Instant from = required("from_date", request.from());
    Instant to = required("to_date", request.to());
    ApiDates.checkOrder("from_date", from, "to_date", to);
    try {
      return json(
          scheduler.backfill(dagId, from, to, request.conf() == null ? Map.of() : request.conf()));
    } catch (TooManyIntervalsException e) {
      throw ApiException.invalid(FieldProblem.body("to_date", e.getMessage()));
    }
  }

  @GetMapping("/backfills")
  @Operation(summary = "Every backfill, oldest first")
  BackfillCollection list() {
    List<BackfillJson> all = scheduler.backfills().stream().map(this::json).toList();
    return new BackfillCollection(all, all.size());
  }

  @GetMapping("/backfills/{backfill_id}")
  @Operation(summary = "A backfill's progress")
  BackfillJson get(@PathVariable("backfill_id") long id) {
    return json(scheduler.backfill(id).orElseThrow(() -> new UnknownBackfillException(id)));
  }

  @PostMapping("/backfills/{backfill_id}/pause")
  @Operation(
      summary = "Create no more runs of a running backfill until it is unpaused",
      security = @SecurityRequirement(name = "bearer"))
  BackfillJson pause(@PathVariable("backfill_id") long id) {
    return json(scheduler.pauseBackfill(id));
  }

  @PostMapping("/backfills/{backfill_id}/unpause")
  @Operation(
      summary = "Go on creating the runs of a paused backfill",
      security = @SecurityRequirement(name = "bearer"))
  BackfillJson unpause(@PathVariable("backfill_id") long id) {
    return json(scheduler.resumeBackfill(id));
  }

  @PostMapping("/backfills/{backfill_id}/cancel")
  @Operation(
      summary = "Create no more runs of a backfill; runs already created run to their end",
      security = @SecurityRequirement(name = "bearer"))
  BackfillJson cancel(@PathVariable("backfill_id") long id) {
    return json(scheduler.cancelBackfill(id));
  }

  private BackfillJson json(Backfill b) {
    return new BackfillJson(
        b.id(),
        b.dagId(),
        b.from(),
        b.to(),
        b.conf(),
        "none",
        scheduler.dag(b.dagId()).map(DagDefinition::maxActiveRuns).orElse(0),
        b.isPaused(),
        b.createdAt(),
        b.updatedAt(),
        b.completedAt(),
        b.state().apiName(),
        b.error(),
        b.total(),
        b.created(),
        b.skipped(),
        count(b, RunState.QUEUED),
        count(b, RunState.RUNNING),
        count(b, RunState.SUCCESS),
        count(b, RunState.FAILED));
  }

  private long count(Backfill b, RunState state) {
    return scheduler
        .runs(
            new RunQuery(
                b.dagId(),
                Set.of(state),
                Set.of(RunType.BACKFILL),
                new TimeRange(b.from(), b.to()),
                TimeRange.ANY,
                TimeRange.ANY,
                TimeRange.ANY,
                RunQuery.Order.LOGICAL_DATE,
                false,
                0,
                0))
        .totalEntries();
  }

  private static Instant required(String field, String value) {
    if (value == null) {
      throw ApiException.invalid(FieldProblem.body(field, "required (e.g. 2026-01-31)"));
    }
    return ApiDates.parse(field, value);
  }
}
