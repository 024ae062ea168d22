package dev.nightshift.platform.api.runs;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunType;
import java.time.Instant;
import java.util.Map;

/** A DAG run with Airflow's field names. */
public record DagRunJson(
    @JsonProperty("dag_id") String dagId,
    @JsonProperty("dag_run_id") String runId,
    @JsonProperty("logical_date") Instant logicalDate,
    @JsonProperty("data_interval_start") Instant intervalStart,
    @JsonProperty("data_interval_end") Instant intervalEnd,
    @JsonProperty("state") String state,
    @JsonProperty("run_type") String runType,
    @JsonProperty("external_trigger") boolean externalTrigger,
    @JsonProperty("conf") Map<String, Object> conf,
    @JsonProperty("queued_at") Instant queuedAt,
    @JsonProperty("start_date") Instant startDate,
    @JsonProperty("end_date") Instant endDate,
    @JsonProperty("dag_version") String dagVersion,
    @JsonProperty("execution_date") Instant executionDate,
    @JsonProperty("last_scheduling_decision") Instant lastSchedulingDecision,
    @JsonProperty("note") String note) {

  public static DagRunJson of(DagRun run) {
    return new DagRunJson(
        run.dagId(),
        run.runId(),
        run.logicalDate(),
        run.dataInterval().start(),
        run.dataInterval().end(),
        run.state().apiName(),
        run.runType().apiName(),
        run.runType() == RunType.MANUAL,
        run.conf(),
        run.createdAt(),
        run.startedAt(),
        run.endedAt(),
        run.dagVersion(),
        run.logicalDate(),
        null,
        null);
  }
}
