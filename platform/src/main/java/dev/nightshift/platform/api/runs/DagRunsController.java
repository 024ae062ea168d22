package dev.nightshift.platform.api.runs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.platform.api.ApiConfiguration;
import dev.nightshift.platform.api.ApiDates;
import dev.nightshift.platform.api.Paging;
import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.platform.api.problem.FieldProblem;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.store.RunPage;
import dev.nightshift.scheduler.store.RunQuery;
import dev.nightshift.scheduler.store.TimeRange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** DAG runs: list (of one DAG or of all with {@code ~}), one, trigger, mark success or failed. */
@RestController
@RequestMapping(ApiConfiguration.BASE + "/dags/{dag_id}/dagRuns")
@Tag(name = "DAGRun")
class DagRunsController {
  static final String ALL_DAGS = "~";

  private final NightshiftScheduler scheduler;
  private final RunLookup lookup;

  DagRunsController(NightshiftScheduler scheduler, RunLookup lookup) {
    this.scheduler = scheduler;
    this.lookup = lookup;
  }

  record DagRunCollection(
      @JsonProperty("dag_runs") List<DagRunJson> runs,
      @JsonProperty("total_entries") long totalEntries) {}

  /**
   * A trigger: every field is optional; {@code execution_date} is Airflow 2's older name of
   * logical_date. Airflow's body is its whole DAGRun object, as generated clients send it: its
   * read-only fields are taken and ignored, as Airflow does.
   */
  @JsonIgnoreProperties({"dag_id", "data_interval_end", "data_interval_start", "end_date",
      "external_trigger", "last_scheduling_decision", "run_type", "start_date", "state"})
  record TriggerRequest(
      @JsonProperty("dag_run_id") String runId,
      @JsonProperty("logical_date") String logicalDate,
      @JsonProperty("execution_date") String executionDate,
      @JsonProperty("conf") Map<String, Object> conf,
      @JsonProperty("note") String note) {}

  record StatePatch(@JsonProperty("state") String state) {}

  @GetMapping
  @Operation(
      summary = "List runs of a DAG, or of every DAG with dag_id '~'",
      description =
          "Every *_gte/*_lte bound is inclusive. updated_at is the latest of a run's creation,"
              + " start and end. order_by: conf, dag_id, dag_run_id (or run_id), end_date,"
              + " execution_date (or logical_date), external_trigger, id, start_date, state,"
              + " updated_at; a leading '-' sorts descending. Default -logical_date.")
  DagRunCollection list(
      @PathVariable("dag_id") String dagId,
      @RequestParam(defaultValue = Paging.DEFAULT_LIMIT) int limit,
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(required = false) List<String> state,
      @RequestParam(name = "logical_date_gte", required = false) String logicalGte,
      @RequestParam(name = "logical_date_lte", required = false) String logicalLte,
      @RequestParam(name = "execution_date_gte", required = false) String executionGte,
      @RequestParam(name = "execution_date_lte", required = false) String executionLte,
      @RequestParam(name = "start_date_gte", required = false) String startGte,
      @RequestParam(name = "start_date_lte", required = false) String startLte,
      @RequestParam(name = "end_date_gte", required = false) String endGte,
      @RequestParam(name = "end_date_lte", required = false) String endLte,
      @RequestParam(name = "updated_at_gte", required = false) String updatedGte,
      @RequestParam(name = "updated_at_lte", required = false) String updatedLte,
      @RequestParam(name = "order_by", defaultValue = "-logical_date") String orderBy) {
    Paging paging = Paging.of(limit, offset);
    if (!ALL_DAGS.equals(dagId)) {
      lookup.requireDag(dagId);
    }
    TimeRange logical = ApiDates.range("logical_date", logicalGte, logicalLte);
    TimeRange execution = ApiDates.range("execution_date", executionGte, executionLte);
    TimeRange logicalDate =
        new TimeRange(
            later(logical.from(), execution.from()), earlier(logical.to(), execution.to()));
    boolean descending = orderBy.startsWith("-");
    RunQuery query =
        new RunQuery(
            ALL_DAGS.equals(dagId) ? null : dagId,
            states(state),
            Set.of(),
            logicalDate,
            ApiDates.range("start_date", startGte, startLte),
            ApiDates.range("end_date", endGte, endLte),
            ApiDates.range("updated_at", updatedGte, updatedLte),
            order(orderBy.substring(descending ? 1 : 0)),
            descending,
            paging.limit(),
            paging.offset());
    RunPage page = scheduler.runs(query);
    return new DagRunCollection(
        page.runs().stream().map(DagRunJson::of).toList(), page.totalEntries());
  }

  @GetMapping("/{dag_run_id}")
  @Operation(summary = "One run")
  DagRunJson get(@PathVariable("dag_id") String dagId, @PathVariable("dag_run_id") String runId) {
    return DagRunJson.of(lookup.run(dagId, runId));
  }

  @PostMapping
  @Operation(
      summary = "Trigger a run",
      description =
          "conf is checked against the DAG's params"
              + " (400 naming the param); logical_date defaults to now.",
      security = @SecurityRequirement(name = "bearer"))
  DagRunJson trigger(
      @PathVariable("dag_id") String dagId, @RequestBody(required = false) TriggerRequest request) {
    lookup.requireDag(dagId);
    TriggerRequest body = request == null ? new TriggerRequest(null, null, null, null, null) : request;
    if (body.runId() != null && body.runId().isBlank()) {
      throw ApiException.invalid(FieldProblem.body("dag_run_id", "must not be blank"));
    }
    if (body.logicalDate() != null && body.executionDate() != null) {
      throw ApiException.invalid(FieldProblem.body("execution_date", "give logical_date or execution_date, not both"));
    }
    Instant logicalDate = body.logicalDate() != null ? ApiDates.parse("logical_date", body.logicalDate())
        : ApiDates.parse("execution_date", body.executionDate());
    DagRun run =
        scheduler.trigger(
            dagId, body.conf() == null ? Map.of() : body.conf(), logicalDate, body.runId());
    return DagRunJson.of(run);
  }

  @PatchMapping("/{dag_run_id}")
  @Operation(
      summary = "Mark a run success or failed",
      description =
          "success: every task not yet successful or skipped is marked success. failed: every"
              + " unfinished task is marked failed (every task, if all had finished).",
      security = @SecurityRequirement(name = "bearer"))
  DagRunJson mark(
      @PathVariable("dag_id") String dagId,
      @PathVariable("dag_run_id") String runId,
      @RequestBody StatePatch patch) {
    DagRun run = lookup.run(dagId, runId);
    RunState target =
        switch (patch.state() == null ? "" : patch.state()) {
          case "success" -> RunState.SUCCESS;
          case "failed" -> RunState.FAILED;
          default ->
              throw ApiException.invalid(
                  FieldProblem.body(
                      "state", "must be 'success' or 'failed', got " + patch.state()));
        };
    return DagRunJson.of(scheduler.markRun(run.ref(), target));
  }

  private static Set<RunState> states(List<String> names) {
    if (names == null) {
      return Set.of();
    }
    Set<RunState> states = EnumSet.noneOf(RunState.class);
    for (String name : names) {
      try {
        states.add(RunState.fromApiName(name));
      } catch (IllegalArgumentException e) {
        throw ApiException.invalid(
            FieldProblem.parameter(
                "state",
                "unknown run state '"
                    + name
                    + "'; run states: "
                    + Arrays.stream(RunState.values())
                        .map(RunState::apiName)
                        .collect(Collectors.joining(", "))));
      }
    }
    return states;
  }

  /** Airflow 2's execution_date_* and the logical_date_* filters together: both bounds hold. */
  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  /**
   * The fields Airflow 2 orders runs by, and Airflow 3's logical_date and run_id: {@code id},
   * Airflow's row number, is the order runs were created in; {@code external_trigger} orders by
   * run type.
   */
  private static final Map<String, RunQuery.Order> ORDERS =
      Map.ofEntries(
          Map.entry("id", RunQuery.Order.CREATED_AT),
          Map.entry("dag_id", RunQuery.Order.DAG_ID),
          Map.entry("dag_run_id", RunQuery.Order.RUN_ID),
          Map.entry("run_id", RunQuery.Order.RUN_ID),
          Map.entry("state", RunQuery.Order.STATE),
          Map.entry("execution_date", RunQuery.Order.LOGICAL_DATE),
          Map.entry("logical_date", RunQuery.Order.LOGICAL_DATE),
          Map.entry("start_date", RunQuery.Order.START_DATE),
          Map.entry("end_date", RunQuery.Order.END_DATE),
          Map.entry("updated_at", RunQuery.Order.UPDATED_AT),
          Map.entry("external_trigger", RunQuery.Order.RUN_TYPE),
          Map.entry("conf", RunQuery.Order.CONF));

  private static final String ORDER_FIELDS = String.join(", ", new TreeSet<>(ORDERS.keySet()));

  private static RunQuery.Order order(String field) {
    RunQuery.Order order = ORDERS.get(field);
    if (order == null) {
      throw ApiException.invalid(
          FieldProblem.parameter(
              "order_by",
              "cannot order by '"
                  + field
                  + "'; use one of "
                  + ORDER_FIELDS
                  + ", with '-' for descending"));
    }
    return order;
  }
}
