package dev.nightshift.platform.api.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.scheduler.run.TaskTry;
import java.time.Instant;

/** One try of a task instance, with the fields Airflow's task instance tries carry. */
public record TryJson(
    @JsonProperty("dag_id") String dagId,
    @JsonProperty("dag_run_id") String runId,
    @JsonProperty("task_id") String taskId,
    @JsonProperty("map_index") int mapIndex,
    @JsonProperty("try_number") int tryNumber,
    @JsonProperty("state") String state,
    @JsonProperty("start_date") Instant startDate,
    @JsonProperty("end_date") Instant endDate,
    @JsonProperty("duration") Double duration,
    @JsonProperty("runner_type") String runnerType,
    @JsonProperty("runner_handle") String handle,
    @JsonProperty("exit_code") Integer exitCode,
    @JsonProperty("detail") String detail,
    @JsonProperty("retry_delay_seconds") Double retryDelay,
    @JsonProperty("next_try_at") Instant nextTryAt) {

  static TryJson of(TaskTry t) {
    return new TryJson(
        t.task().dagId(),
        t.task().runId(),
        t.task().taskId(),
        TaskInstanceJson.NOT_MAPPED,
        t.tryNumber(),
        t.state().apiName(),
        t.startedAt(),
        t.endedAt(),
        TaskInstanceJson.seconds(t.startedAt(), t.endedAt()),
        t.runnerType(),
        t.handle(),
        t.exitCode(),
        t.detail(),
        t.retryDelay() == null ? null : t.retryDelay().toMillis() / 1000.0,
        t.nextTryAt());
  }
}
