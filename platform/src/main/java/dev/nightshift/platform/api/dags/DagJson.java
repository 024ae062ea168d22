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
 * the DAG file writes it, beside Airflow's {@code schedule_interval} object. Airflow's fields that
 * Nightshift has no counterpart of (sub-DAGs, pickles, owners, a scheduler lock, a default view,
 * per-task concurrency limits, a token for {@code /dagSources}) carry what Airflow sends without
 * one: null, false, an empty list or text where its schema allows no null.
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
    @JsonProperty("dag_version") String version,
    @JsonProperty("dag_display_name") String dagDisplayName,
    @JsonProperty("root_dag_id") String rootDagId,
    @JsonProperty("is_subdag") boolean subdag,
    @JsonProperty("file_token") String fileToken,
    @JsonProperty("owners") List<String> owners,
    @JsonProperty("last_parsed_time") Instant lastParsedTime,
    @JsonProperty("last_pickled") Instant lastPickled,
    @JsonProperty("last_expired") Instant lastExpired,
    @JsonProperty("scheduler_lock") Boolean schedulerLock,
    @JsonProperty("pickle_id") String pickleId,
    @JsonProperty("default_view") String defaultView,
    @JsonProperty("has_task_concurrency_limits") boolean hasTaskConcurrencyLimits,
    @JsonProperty("has_import_errors") boolean hasImportErrors,
    @JsonProperty("max_consecutive_failed_dag_runs") Integer maxConsecutiveFailedDagRuns,
    @JsonProperty("timetable_description") String timetableDescription) {

  /** Airflow lists tags as objects. */
  public record Tag(@JsonProperty("name") String name) {}

  /**
   * @param next the DAG's next scheduled run as the schedule makes it (the interval, and when it
   *     falls due); empty for a manual or finished schedule, or a DAG not loaded
   * @param hasImportErrors whether the DAG's file failed to load at its latest reading (the DAG
   *     then keeps its last good definition)
   */
  static DagJson of(DagRecord record, Optional<DagDefinition> loaded, Optional<DataInterval> next,
      boolean hasImportErrors) {
    DagDefinition dag = loaded.orElse(null);
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
        next.map(DataInterval::runAfter).orElse(null),
        record.currentVersion(),
        record.dagId(),
        null,
        false,
        "",
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        hasImportErrors,
        null,
        null);
  }
}
