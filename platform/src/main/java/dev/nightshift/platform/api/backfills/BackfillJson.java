package dev.nightshift.platform.api.backfills;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * A backfill and its progress: {@code total} intervals, runs {@code created} so far (intervals that
 * already had a run are {@code skipped}), and the states of the runs in its range. {@code status}
 * is running, paused, completed, cancelled or failed; {@code is_paused}, {@code updated_at} and
 * {@code completed_at} are named as in Airflow's backfills.
 */
public record BackfillJson(
    @JsonProperty("id") long id,
    @JsonProperty("dag_id") String dagId,
    @JsonProperty("from_date") Instant from,
    @JsonProperty("to_date") Instant to,
    @JsonProperty("dag_run_conf") Map<String, Object> conf,
    @JsonProperty("reprocess_behavior") String reprocessBehavior,
    @JsonProperty("max_active_runs") int maxActiveRuns,
    @JsonProperty("is_paused") boolean paused,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("updated_at") Instant updatedAt,
    @JsonProperty("completed_at") Instant completedAt,
    @JsonProperty("status") String status,
    @JsonProperty("error") String error,
    @JsonProperty("total") int total,
    @JsonProperty("created") int created,
    @JsonProperty("skipped") int skipped,
    @JsonProperty("queued") long queued,
    @JsonProperty("running") long running,
    @JsonProperty("success") long success,
    @JsonProperty("failed") long failed) {}
