package dev.nightshift.platform.api.dags;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.store.DagRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A DAG as the API shows it (Airflow's names). Fields from the definition are null for a DAG whose
 * file is gone ({@code is_active: false}). {@code schedule} is Nightshift's own: the schedule as
 * the DAG file writes it, beside Airflow's {@code schedule_interval} object.
 */
public record DagJson(
    @JsonProperty("dag_id") String dagId,
    @JsonProperty("description") String description,
    @JsonProperty("is_paused") boolean paused,
    @JsonProperty("is_active") boolean active,
    @JsonProperty("tags") List<Tag> tags,
    @JsonProperty("schedule_interval") Object scheduleInterval,
    @JsonProperty("schedule") String schedule,
    @JsonProperty("timezone") String timezone,
    @JsonProperty("fileloc") String fileloc,
    @JsonProperty("max_active_runs") Integer maxActiveRuns,
    @JsonProperty("max_active_tasks") Integer maxActiveTasks,
    @JsonProperty("next_dagrun") Instant nextDagrun,
    @JsonProperty("next_dagrun_data_interval_start") Instant nextIntervalStart,
    @JsonProperty("next_dagrun_data_interval_end") Instant nextIntervalEnd,
    @JsonProperty("next_dagrun_create_after") Instant nextCreateAfter,
    @JsonProperty("dag_version") String version) {

  /** Airflow lists tags as objects. */
  public record Tag(@JsonProperty("name") String name) {}

  static DagJson of(DagRecord record, Optional<DagDefinition> loaded) {
    DagDefinition dag = loaded.orElse(null);
    Optional<DataInterval> next = nextInterval(record, dag);
    return new DagJson(
        record.dagId(),
        dag == null ? null : dag.description(),
        record.paused(),
        record.active(),
        dag == null ? List.of() : dag.tags().stream().map(Tag::new).toList(),
        dag == null ? null : ScheduleIntervalJson.of(dag.schedule()),
        dag == null ? null : dag.schedule().expression(),
        dag == null ? null : dag.timezone().getId(),
        dag == null ? null : dag.source(),
        dag == null ? null : dag.maxActiveRuns(),
        dag == null ? null : dag.maxActiveTasks(),
        next.map(DataInterval::start).orElse(null),
        next.map(DataInterval::start).orElse(null),
        next.map(DataInterval::end).orElse(null),
        record.nextDueAt(),
        record.currentVersion());
  }

  /** The interval whose run is due next: the one that ends when the next run is due. */
  private static Optional<DataInterval> nextInterval(DagRecord record, DagDefinition dag) {
    if (dag == null || record.nextDueAt() == null || dag.schedule().isManual()) {
      return Optional.empty();
    }
    return Optional.of(dag.schedule().manualInterval(record.nextDueAt()));
  }
}
