package dev.nightshift.scheduler.store.jdbc;

import static dev.nightshift.scheduler.store.jdbc.Jdbc.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.scheduler.backfill.Backfill;
import dev.nightshift.scheduler.backfill.BackfillState;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.run.Transition;
import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.store.DagRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/** Maps rows to the run model and back (conf as JSON). */
final class Rows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Rows() {}

  static DagRecord dag(ResultSet rs) throws SQLException {
    return new DagRecord(rs.getString("dag_id"), rs.getBoolean("active"), rs.getBoolean("paused"),
        rs.getString("current_version"), instant(rs, "next_due_at"));
  }

  static Backfill backfill(ResultSet rs) throws SQLException {
    return new Backfill(
        rs.getLong("id"),
        rs.getString("dag_id"),
        instant(rs, "from_date"),
        instant(rs, "to_date"),
        confFromJson(rs.getString("dag_run_conf")),
        BackfillState.of(rs.getString("state")),
        instant(rs, "next_logical_date"),
        rs.getInt("runs_total"),
        rs.getInt("runs_created"),
        rs.getInt("runs_skipped"),
        rs.getString("error"),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        instant(rs, "completed_at"));
  }

  static DagRun run(ResultSet rs) throws SQLException {
    return new DagRun(
        rs.getString("dag_id"),
        rs.getString("run_id"),
        instant(rs, "logical_date"),
        new DataInterval(instant(rs, "data_interval_start"), instant(rs, "data_interval_end")),
        RunState.fromApiName(rs.getString("state")),
        RunType.fromApiName(rs.getString("run_type")),
        confFromJson(rs.getString("conf")),
        rs.getString("dag_version"),
        instant(rs, "created_at"),
        instant(rs, "started_at"),
        instant(rs, "ended_at"),
        rs.getLong("version"));
  }

  static TaskInstance task(ResultSet rs) throws SQLException {
    return new TaskInstance(
        ref(rs),
        TaskState.fromApiName(rs.getString("state")),
        rs.getInt("try_number"),
        rs.getInt("priority_weight"),
        rs.getString("pool"),
        instant(rs, "queued_at"),
        instant(rs, "started_at"),
        instant(rs, "ended_at"),
        rs.getLong("version"));
  }

  static TaskTry taskTry(ResultSet rs) throws SQLException {
    long delayMs = rs.getLong("retry_delay_ms");
    Duration delay = rs.wasNull() ? null : Duration.ofMillis(delayMs);
    return new TaskTry(
        ref(rs),
        rs.getInt("try_number"),
        TaskState.fromApiName(rs.getString("state")),
        instant(rs, "started_at"),
        instant(rs, "ended_at"),
        rs.getString("runner_type"),
        rs.getString("runner_handle"),
        Jdbc.nullableInt(rs, "exit_code"),
        rs.getString("detail"),
        rs.getString("log_path"),
        delay,
        instant(rs, "next_try_at"));
  }

  static Transition transition(ResultSet rs) throws SQLException {
    String from = rs.getString("from_state");
    return new Transition(ref(rs), from == null ? null : TaskState.fromApiName(from),
        TaskState.fromApiName(rs.getString("to_state")), instant(rs, "at"), rs.getString("reason"));
  }

  private static TaskRef ref(ResultSet rs) throws SQLException {
    return new TaskRef(rs.getString("dag_id"), rs.getString("run_id"), rs.getString("task_id"));
  }

  static String confToJson(Map<String, Object> conf) {
    try {
      return JSON.writeValueAsString(conf);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("run conf is not JSON-serialisable: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> confFromJson(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored run conf is not JSON: " + e.getMessage(), e);
    }
  }
}
