package dev.nightshift.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RunsAndTasksApiTest {
  static final TestServer server = TestServer.shared();
  static final Duration PATIENCE = Duration.ofSeconds(30);

  static JsonNode trigger(String dagId, String body) {
    HttpResponse<String> response =
        server.write("POST", "/api/v1/dags/" + dagId + "/dagRuns", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return server.json(response);
  }

  static JsonNode awaitRun(String dagId, String runId, String state) {
    String path = "/api/v1/dags/" + dagId + "/dagRuns/" + runId;
    await()
        .atMost(PATIENCE)
        .until(() -> server.getJson(path).get("state").asString().equals(state));
    return server.getJson(path);
  }

  static String log(String dagId, String runId, String taskId, int tryNumber) {
    return server
        .getJson(
            "/api/v1/dags/"
                + dagId
                + "/dagRuns/"
                + runId
                + "/taskInstances/"
                + taskId
                + "/logs/"
                + tryNumber)
        .get("content")
        .asString();
  }

  @Test
  void aTriggerWithParamsReachesTheTasksTemplatedArguments() {
    JsonNode run =
        trigger(
            "greet",
            """
            {"dag_run_id": "with-params", "logical_date": "2026-02-01T00:00:00Z",
             "conf": {"x": "nightshift", "n": 7}}\
            """);

    assertThat(run.get("dag_run_id").asString()).isEqualTo("with-params");
    assertThat(run.get("logical_date").asString()).isEqualTo("2026-02-01T00:00:00Z");
    assertThat(run.get("conf").get("n").asInt()).isEqualTo(7);
    awaitRun("greet", "with-params", "success");
    assertThat(log("greet", "with-params", "say", 1)).contains("hello nightshift 7");
  }

  @Test
  void listsTaskInstancesWithTriesAndRunnerDetailsAndMarksThem() {
    trigger("greet", "{\"dag_run_id\": \"tasks\"}");
    awaitRun("greet", "tasks", "success");
    String base = "/api/v1/dags/greet/dagRuns/tasks/taskInstances";

    JsonNode tasks = server.getJson(base);
    JsonNode say = server.getJson(base + "/say");
    JsonNode tries = server.getJson(base + "/say/tries");
    JsonNode onlyFailed = server.getJson(base + "?state=failed");
    HttpResponse<String> marked =
        server.write("PATCH", base + "/after", "{\"new_state\": \"failed\"}");

    assertThat(tasks.get("total_entries").asInt()).isEqualTo(2);
    assertThat(say.get("state").asString()).isEqualTo("success");
    assertThat(say.get("try_number").asInt()).isEqualTo(1);
    assertThat(say.get("duration").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(say.get("pool").asString()).isEqualTo("default_pool");
    assertThat(say.get("runner").get("type").asString()).isEqualTo("shell");
    assertThat(say.get("runner").get("exit_code").asInt()).isZero();
    assertThat(tries.get("task_instances").get(0).get("runner_handle").asString())
        .isNotBlank();
    assertThat(onlyFailed.get("total_entries").asInt()).isZero();
    assertThat(server.json(marked).get("state").asString()).isEqualTo("failed");
    awaitRun("greet", "tasks", "failed");
  }

  @Test
  void filtersTaskInstancesAsAirflow2Does() {
    trigger("greet", "{\"dag_run_id\": \"task-filters\", \"logical_date\": \"2026-02-10\"}");
    awaitRun("greet", "task-filters", "success");
    String base = "/api/v1/dags/greet/dagRuns/task-filters/taskInstances?";
    JsonNode say = server.getJson("/api/v1/dags/greet/dagRuns/task-filters/taskInstances/say");
    String sayEnd = say.get("end_date").asString();

    assertThat(taskIds(base + "pool=default_pool&pool=elsewhere")).containsExactly("after", "say");
    assertThat(taskIds(base + "pool=elsewhere")).isEmpty();
    assertThat(taskIds(base + "queue=default")).isEmpty();
    assertThat(taskIds(base + "executor=LocalExecutor")).isEmpty();
    assertThat(taskIds(base + "state=success&state=failed")).containsExactly("after", "say");
    assertThat(taskIds(base + "duration_gte=0&duration_lte=3600"))
        .containsExactly("after", "say");
    assertThat(taskIds(base + "duration_gte=3600")).isEmpty();
    assertThat(taskIds(base + "execution_date_gte=2026-02-10&execution_date_lte=2026-02-10"))
        .containsExactly("after", "say");
    assertThat(taskIds(base + "execution_date_lte=2026-02-09")).isEmpty();
    assertThat(taskIds(base + "end_date_gte=" + sayEnd + "&end_date_lte=" + sayEnd))
        .contains("say");
    assertThat(taskIds(base + "start_date_gte=" + Instant.parse(sayEnd).plusSeconds(3600)))
        .isEmpty();
    assertThat(taskIds(base + "updated_at_gte=" + sayEnd)).contains("say");
    assertThat(taskIds(base + "updated_at_lte=2026-01-01")).isEmpty();
  }

  private static List<String> taskIds(String path) {
    return server.getJson(path).get("task_instances").findValuesAsString("task_id").stream()
        .sorted()
        .toList();
  }

  @Test
  void clearsATaskWithItsDownstreamAndRunsThemAgain() {
    trigger("greet", "{\"dag_run_id\": \"clear-me\"}");
    awaitRun("greet", "clear-me", "success");

    HttpResponse<String> dry =
        server.write(
            "POST",
            "/api/v1/dags/greet/clearTaskInstances",
            """
            {"dag_run_id": "clear-me", "task_ids": ["say"], "include_downstream": true}\
            """);
    HttpResponse<String> cleared =
        server.write(
            "POST",
            "/api/v1/dags/greet/clearTaskInstances",
            """
            {"dag_run_id": "clear-me", "task_ids": ["say"], "include_downstream": true,
             "dry_run": false}\
            """);

    assertThat(server.json(dry).get("task_instances").findValuesAsString("task_id"))
        .containsExactlyInAnyOrder("say", "after");
    assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                server
                        .getJson("/api/v1/dags/greet/dagRuns/clear-me/taskInstances/after")
                        .get("try_number")
                        .asInt()
                    == 2);
    awaitRun("greet", "clear-me", "success");
    assertThat(log("greet", "clear-me", "say", 2)).contains("hello world 1");
  }

  @Test
  void marksAWholeRunAndPagesFiltersAndOrdersRuns() {
    trigger("slow", "{\"dag_run_id\": \"stopped\", \"logical_date\": \"2026-01-01\"}");
    HttpResponse<String> marked =
        server.write("PATCH", "/api/v1/dags/slow/dagRuns/stopped", "{\"state\": \"failed\"}");
    awaitRun("slow", "stopped", "failed");
    trigger("slow", "{\"dag_run_id\": \"later\", \"logical_date\": \"2026-01-03\"}");
    awaitRun("slow", "later", "success");

    JsonNode failed = server.getJson("/api/v1/dags/slow/dagRuns?state=failed");
    JsonNode oldestFirst =
        server.getJson("/api/v1/dags/slow/dagRuns?order_by=logical_date&limit=1");
    JsonNode inRange =
        server.getJson(
            "/api/v1/dags/slow/dagRuns?logical_date_gte=2026-01-02&logical_date_lte=2026-01-04");
    JsonNode everyDag = server.getJson("/api/v1/dags/~/dagRuns?limit=1000");

    assertThat(marked.statusCode()).isEqualTo(200);
    assertThat(failed.get("dag_runs").findValuesAsString("dag_run_id")).contains("stopped");
    assertThat(oldestFirst.get("dag_runs").get(0).get("dag_run_id").asString())
        .isEqualTo("stopped");
    assertThat(oldestFirst.get("total_entries").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(inRange.get("dag_runs").findValuesAsString("dag_run_id")).containsExactly("later");
    assertThat(everyDag.get("dag_runs").findValuesAsString("dag_id")).contains("slow", "greet");
  }

  @Test
  void filtersRunsByEndAndLastChangeAndOrdersByEveryAirflowField() {
    trigger("greet", "{\"dag_run_id\": \"ended\"}");
    JsonNode ended = awaitRun("greet", "ended", "success");
    String end = ended.get("end_date").asString();
    String justBeforeStart =
        Instant.parse(ended.get("start_date").asString()).minusMillis(1).toString();
    String runs = "/api/v1/dags/greet/dagRuns?limit=1000&";

    JsonNode endedThen = server.getJson(runs + "end_date_gte=" + end + "&end_date_lte=" + end);
    JsonNode changedSince = server.getJson(runs + "updated_at_gte=" + end);
    JsonNode changedBefore = server.getJson(runs + "updated_at_lte=" + justBeforeStart);
    JsonNode startedBefore = server.getJson(runs + "start_date_lte=" + justBeforeStart);
    JsonNode latestChangeFirst = server.getJson(runs + "order_by=-updated_at");

    assertThat(endedThen.get("dag_runs").findValuesAsString("dag_run_id")).contains("ended");
    assertThat(changedSince.get("dag_runs").findValuesAsString("dag_run_id")).contains("ended");
    assertThat(changedBefore.get("dag_runs").findValuesAsString("dag_run_id"))
        .doesNotContain("ended");
    assertThat(startedBefore.get("dag_runs").findValuesAsString("dag_run_id"))
        .doesNotContain("ended");
    List<String> updated = new ArrayList<>();
    for (JsonNode run : latestChangeFirst.get("dag_runs")) {
      String last = run.get("end_date").isNull() ? run.get("start_date").asString(null)
          : run.get("end_date").asString();
      updated.add(last == null ? run.get("queued_at").asString() : last);
    }
    assertThat(updated.stream().map(Instant::parse).toList())
        .isSortedAccordingTo(Comparator.reverseOrder());
    for (String field :
        List.of("id", "dag_id", "dag_run_id", "state", "execution_date", "start_date",
            "end_date", "updated_at", "external_trigger", "conf")) {
      for (String order : List.of(field, "-" + field)) {
        assertThat(server.get(runs + "order_by=" + order).statusCode()).as(order).isEqualTo(200);
      }
    }
  }

  @Test
  void tailsARunningTrysLogByOffsetUntilItsEnd() {
    trigger("slow", "{\"dag_run_id\": \"tail\"}");
    String path = "/api/v1/dags/slow/dagRuns/tail/taskInstances/count/logs/1";
    await().atMost(PATIENCE).until(() -> server.get(path).statusCode() == 200);

    List<String> pieces = new ArrayList<>();
    long[] offset = {0};
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              JsonNode chunk = server.getJson(path + "?offset=" + offset[0]);
              pieces.add(chunk.get("content").asString());
              offset[0] = chunk.get("next_offset").asLong();
              return chunk.get("end_of_log").asBoolean();
            });

    assertThat(String.join("", pieces)).contains("line 1", "line 6");
    assertThat(pieces.stream().filter(p -> !p.isEmpty()).count()).isGreaterThan(1);
    assertThat(server.getJson(path + "?offset=" + offset[0]).get("content").asString()).isEmpty();
  }
}
