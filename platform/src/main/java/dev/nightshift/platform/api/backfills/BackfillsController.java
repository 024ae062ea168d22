package dev.nightshift.platform.api.backfills;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.platform.api.ApiConfiguration;
import dev.nightshift.platform.api.ApiDates;
import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.platform.api.problem.FieldProblem;
import dev.nightshift.platform.api.runs.RunLookup;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.store.RunQuery;
import dev.nightshift.scheduler.store.TimeRange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
  private final Backfills backfills;
  private final NightshiftScheduler scheduler;
  private final RunLookup lookup;

  BackfillsController(Backfills backfills, NightshiftScheduler scheduler, RunLookup lookup) {
    this.backfills = backfills;
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
          "Answers at once; the runs are created in the"
              + " background and wait queued beyond max_active_runs. Intervals that have a run are"
              + " skipped.",
      security = @SecurityRequirement(name = "bearer"))
  BackfillJson start(@PathVariable("dag_id") String dagId, @RequestBody BackfillRequest request) {
    lookup.requireDag(dagId);
    Instant from = required("from_date", request.from());
    Instant to = required("to_date", request.to());
    ApiDates.checkOrder("from_date", from, "to_date", to);
    return json(
        backfills.start(dagId, from, to, request.conf() == null ? Map.of() : request.conf()));
  }

  @GetMapping("/backfills")
  @Operation(summary = "Backfills accepted since the server started")
  BackfillCollection list() {
    List<BackfillJson> all = backfills.all().stream().map(this::json).toList();
    return new BackfillCollection(all, all.size());
  }

  @GetMapping("/backfills/{backfill_id}")
  @Operation(summary = "A backfill's progress")
  BackfillJson get(@PathVariable("backfill_id") long id) {
    return json(
        backfills
            .get(id)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "no backfill " + id + " (backfills are kept until the server stops)")));
  }

  private BackfillJson json(Backfill b) {
    Instant last = b.intervals.isEmpty() ? b.to : b.intervals.get(b.intervals.size() - 1).start();
    Instant first = b.intervals.isEmpty() ? b.from : b.intervals.get(0).start();
    return new BackfillJson(
        b.id,
        b.dagId,
        b.from,
        b.to,
        b.conf,
        b.createdAt,
        b.phase.get().name().toLowerCase(Locale.ROOT),
        b.error.get(),
        b.intervals.size(),
        b.created.get(),
        b.skipped.get(),
        count(b, first, last, RunState.QUEUED),
        count(b, first, last, RunState.RUNNING),
        count(b, first, last, RunState.SUCCESS),
        count(b, first, last, RunState.FAILED));
  }

  private long count(Backfill b, Instant first, Instant last, RunState state) {
    return scheduler
        .runs(
            new RunQuery(
                b.dagId,
                Set.of(state),
                Set.of(RunType.BACKFILL),
                new TimeRange(first, last),
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
