package dev.nightshift.platform.api.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.scheduler.dag.TaskSpec;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskTry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A task instance with Airflow's names, and the runner details of its latest try. {@code operator}
 * is the task's type (its runner), {@code max_tries} its retries, as Airflow counts them. Fields
 * of Airflow that Nightshift has no counterpart of carry what Airflow sends when it has no value:
 * null, or an empty text or object where Airflow's schema allows no null.
 */
public record TaskInstanceJson(
    @JsonProperty("dag_id") String dagId,
    @JsonProperty("dag_run_id") String runId,
    @JsonProperty("task_id") String taskId,
    @JsonProperty("task_display_name") String taskDisplayName,
    @JsonProperty("map_index") int mapIndex,
    @JsonProperty("rendered_map_index") String renderedMapIndex,
    @JsonProperty("execution_date") Instant executionDate,
    @JsonProperty("operator") String operator,
    @JsonProperty("max_tries") Integer maxTries,
    @JsonProperty("state") String state,
    @JsonProperty("try_number") int tryNumber,
    @JsonProperty("queued_when") Instant queuedAt,
    @JsonProperty("start_date") Instant startDate,
    @JsonProperty("end_date") Instant endDate,
    @JsonProperty("duration") Double duration,
    @JsonProperty("pool") String pool,
    @JsonProperty("pool_slots") int poolSlots,
    @JsonProperty("priority_weight") int priorityWeight,
    @JsonProperty("queue") String queue,
    @JsonProperty("executor") String executor,
    @JsonProperty("executor_config") String executorConfig,
    @JsonProperty("hostname") String hostname,
    @JsonProperty("unixname") String unixname,
    @JsonProperty("pid") Integer pid,
    @JsonProperty("note") String note,
    @JsonProperty("rendered_fields") Map<String, Object> renderedFields,
    @JsonProperty("sla_miss") Object slaMiss,
    @JsonProperty("trigger") Object trigger,
    @JsonProperty("triggerer_job") Object triggererJob,
    @JsonProperty("runner") Runner runner) {

  /** Airflow's map_index of a task that is not mapped: Nightshift does not map tasks. */
  static final int NOT_MAPPED = -1;

  /** A task instance takes one slot of its pool. */
  static final int POOL_SLOTS = 1;

  /** Who runs the latest try, and how to find it there (a process id, a job id). */
  public record Runner(
      @JsonProperty("type") String type,
      @JsonProperty("handle") String handle,
      @JsonProperty("exit_code") Integer exitCode,
      @JsonProperty("detail") String detail) {}

  /**
   * @param logicalDate the run's, which Airflow 2 calls the task instance's execution_date
   * @param spec the task as the DAG file defines it now; empty when it is gone from the file
   */
  static TaskInstanceJson of(
      TaskInstance task, Optional<TaskTry> latest, Instant logicalDate, Optional<TaskSpec> spec) {
    return new TaskInstanceJson(
        task.dagId(),
        task.runId(),
        task.taskId(),
        task.taskId(),
        NOT_MAPPED,
        null,
        logicalDate,
        spec.map(TaskSpec::type).orElse(null),
        spec.map(s -> s.retry().retries()).orElse(null),
        task.state().apiName(),
        task.tryNumber(),
        task.queuedAt(),
        task.startedAt(),
        task.endedAt(),
        seconds(task.startedAt(), task.endedAt()),
        task.pool(),
        POOL_SLOTS,
        task.priorityWeight(),
        null,
        null,
        "{}",
        "",
        "",
        null,
        null,
        Map.of(),
        null,
        null,
        null,
        latest
            .map(t -> new Runner(t.runnerType(), t.handle(), t.exitCode(), t.detail()))
            .orElse(null));
  }

  static Double seconds(Instant start, Instant end) {
    return start == null || end == null ? null : Duration.between(start, end).toMillis() / 1000.0;
  }
}
