package dev.nightshift.airflow.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.airflow.client.AirflowHttp.Call;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link AirflowClient} over Airflow's REST API. The two versions share paths and most field
 * names; where they differ (a trigger's {@code logical_date}, the log's content, the schedule's
 * field) the version decides.
 */
final class HttpAirflowClient implements AirflowClient {
  private final ApiVersion version;
  private final String serverVersion;
  private final AirflowHttp http;

  HttpAirflowClient(ApiVersion version, String serverVersion, AirflowHttp http) {
    this.version = version;
    this.serverVersion = serverVersion;
    this.http = http;
  }

  @Override
  public ApiVersion apiVersion() {
    return version;
  }

  @Override
  public String serverVersion() {
    return serverVersion;
  }

  @Override
  public List<AirflowDag> listDags(int limit, int offset) {
    JsonNode answer = http.send(Call.get(path("/dags"), null, null).query("limit", limit).query("offset", offset));
    List<AirflowDag> dags = new ArrayList<>();
    answer.path("dags").forEach(dag -> dags.add(dag(dag)));
    return dags;
  }

  @Override
  public AirflowDag getDag(String dagId) {
    return dag(http.send(Call.get(dagPath(dagId), dagId, null)));
  }

  @Override
  public AirflowDag setPaused(String dagId, boolean paused) {
    return dag(http.send(new Call("PATCH", dagPath(dagId), Map.of("update_mask", "is_paused"),
        Map.of("is_paused", paused), dagId, null)));
  }

  @Override
  public AirflowRun trigger(String dagId, String runId, Map<String, Object> conf, Instant logicalDate) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dag_run_id", runId);
    if (logicalDate != null || version == ApiVersion.V2) {
      body.put("logical_date", logicalDate == null ? null : logicalDate.toString()); // v2 requires the key
    }
    body.put("conf", conf);
    return run(http.send(new Call("POST", dagPath(dagId) + "/dagRuns", Map.of(), body, dagId, runId)));
  }

  @Override
  public AirflowRun getRun(String dagId, String runId) {
    return run(http.send(Call.get(runPath(dagId, runId), dagId, runId)));
  }

  @Override
  public List<AirflowRun> listRuns(String dagId, int limit) {
    JsonNode answer = http.send(Call.get(dagPath(dagId) + "/dagRuns", dagId, null)
        .query("limit", limit)
        .query("order_by", version == ApiVersion.V1 ? "-execution_date" : "-run_after"));
    List<AirflowRun> runs = new ArrayList<>();
    answer.path("dag_runs").forEach(run -> runs.add(run(run)));
    return runs;
  }

  @Override
  public List<AirflowTaskInstance> listTaskInstances(String dagId, String runId) {
    JsonNode answer = http.send(Call.get(runPath(dagId, runId) + "/taskInstances", dagId, runId));
    List<AirflowTaskInstance> tasks = new ArrayList<>();
    answer.path("task_instances").forEach(ti -> tasks.add(new AirflowTaskInstance(
        ti.path("task_id").asText(), ti.path("map_index").asInt(-1), textOrNull(ti.get("state")),
        ti.path("try_number").asInt(0))));
    return tasks;
  }

  @Override
  public LogPage readLog(String dagId, String runId, String taskId, int tryNumber, String token) {
    JsonNode answer = http.send(Call.get(runPath(dagId, runId) + "/taskInstances/" + encode(taskId)
        + "/logs/" + tryNumber, dagId, runId).query("full_content", false).query("token", token));
    return new LogPage(logText(answer.path("content")), textOrNull(answer.get("continuation_token")));
  }

  @Override
  public AirflowRun markRunFailed(String dagId, String runId) {
    return run(http.send(new Call("PATCH", runPath(dagId, runId), Map.of(), Map.of("state", "failed"), dagId, runId)));
  }

  private String path(String tail) {
    return version.basePath() + tail;
  }

  private String dagPath(String dagId) {
    return path("/dags/" + encode(dagId));
  }

  private String runPath(String dagId, String runId) {
    return dagPath(dagId) + "/dagRuns/" + encode(runId);
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private AirflowDag dag(JsonNode dag) {
    JsonNode schedule = version == ApiVersion.V1 ? dag.get("schedule_interval") : dag.get("timetable_summary");
    String scheduleText = schedule == null || schedule.isNull() ? null
        : schedule.isObject() ? schedule.path("value").asText(schedule.toString()) : schedule.asText();
    return new AirflowDag(dag.path("dag_id").asText(), dag.path("is_paused").asBoolean(false),
        textOrNull(dag.get("description")), scheduleText);
  }

  private static AirflowRun run(JsonNode run) {
    return new AirflowRun(run.path("dag_id").asText(), run.path("dag_run_id").asText(),
        textOrNull(run.get("state")), instant(run.get("logical_date")), instant(run.get("start_date")),
        instant(run.get("end_date")));
  }

  /** Airflow 2 sends the log as one string; Airflow 3 as a list of strings or structured lines. */
  private static String logText(JsonNode content) {
    if (content.isTextual()) {
      return content.asText();
    }
    StringBuilder text = new StringBuilder();
    content.forEach(line -> {
      if (line.isTextual()) {
        text.append(line.asText());
      } else {
        String at = line.path("timestamp").asText("");
        text.append(at.isEmpty() ? "" : "[" + at + "] ").append(line.path("event").asText(""));
      }
      text.append('\n');
    });
    return text.toString();
  }

  private static Instant instant(JsonNode node) {
    if (node == null || node.isNull() || node.asText().isEmpty()) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(node.asText()).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      return null; // a date we cannot read is shown as unknown, not a failure of the run
    }
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
