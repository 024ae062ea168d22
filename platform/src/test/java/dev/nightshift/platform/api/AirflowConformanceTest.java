package dev.nightshift.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.airflow.fake.OpenApiSpec;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Nightshift's /api/v1 answers the operations Airflow users script against with Airflow 2's
 * shapes: every answer validates against the response schema of Airflow's official v1.yaml for
 * its status.
 */
class AirflowConformanceTest {
  static final TestServer server = TestServer.shared();
  static final OpenApiSpec SPEC = new OpenApiSpec("/airflow-openapi/v1.yaml", "/api/v1");
  static String runId;

  @BeforeAll
  static void aFinishedRun() {
    HttpResponse<String> triggered = server.write("POST", "/api/v1/dags/greet/dagRuns", "{\"conf\": {\"x\": \"conformance\"}}");
    assertThat(triggered.statusCode()).as(triggered.body()).isEqualTo(200);
    runId = server.json(triggered).get("dag_run_id").asString();
    await().atMost(Duration.ofSeconds(30)).until(() ->
        server.getJson("/api/v1/dags/greet/dagRuns/" + runId).get("state").asString().equals("success"));
  }

  /** What is wrong with the answer to a request, by the spec of its operation. */
  static List<String> check(String method, String path, HttpResponse<String> answer) {
    OpenApiSpec.Operation op = SPEC.operation(method, path.split("\\?")[0]).orElseThrow(
        () -> new AssertionError("v1.yaml has no " + method + " " + path));
    String type = answer.headers().firstValue("Content-Type").orElse("")
        .replace("application/problem+json", "application/json");
    List<String> problems = new ArrayList<>();
    for (String problem : SPEC.checkResponse(op, answer.statusCode(), type, answer.body())) {
      problems.add(method + " " + path + " -> " + answer.statusCode() + ": " + problem);
    }
    return problems;
  }

  static List<String> get(String path) {
    return check("GET", path, server.send("GET", path, null, TestServer.READ_TOKEN, null));
  }

  @Test
  void reads_answer_with_airflows_shapes() {
    List<String> problems = new ArrayList<>();
    String run = "/api/v1/dags/greet/dagRuns/" + runId;
    for (String path : List.of(
        "/api/v1/health",
        "/api/v1/version",
        "/api/v1/dags",
        "/api/v1/dags?limit=1&offset=1",
        "/api/v1/dags/greet",
        "/api/v1/dags/nope",
        "/api/v1/dags/greet/dagRuns",
        "/api/v1/dags/greet/dagRuns?execution_date_gte=2000-01-01T00:00:00Z&order_by=-execution_date",
        run,
        "/api/v1/dags/greet/dagRuns/nope",
        run + "/taskInstances",
        run + "/taskInstances/say/tries",
        run + "/taskInstances/say/logs/1")) {
      problems.addAll(get(path));
    }
    assertThat(problems).isEmpty();
  }

  /** Schema validation lets an optional field be left out: this tells when one is missing. */
  @Test
  void answers_carry_every_field_the_schemas_declare() {
    String run = "/api/v1/dags/greet/dagRuns/" + runId;
    List<Map.Entry<String, JsonNode>> answers = List.of(
        Map.entry("DAG", server.getJson("/api/v1/dags?dag_id_pattern=greet").get("dags").get(0)),
        Map.entry("DAG", server.getJson("/api/v1/dags/greet")),
        Map.entry("DAGRun", server.getJson(run)),
        Map.entry("DAGRun", server.getJson("/api/v1/dags/~/dagRuns").get("dag_runs").get(0)),
        Map.entry("TaskInstance", server.getJson(run + "/taskInstances").get("task_instances").get(0)),
        Map.entry("TaskInstance", server.getJson(run + "/taskInstances/say")));

    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, JsonNode> answer : answers) {
      for (String field : SPEC.declaredProperties(answer.getKey())) {
        if (!answer.getValue().has(field)) {
          missing.add(answer.getKey() + "." + field);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void writes_answer_with_airflows_shapes() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> write : Map.of(
        "PATCH /api/v1/dags/greet?update_mask=is_paused", "{\"is_paused\": false}",
        "POST /api/v1/dags/greet/dagRuns", "{\"conf\": {}}",
        "POST /api/v1/dags/greet/clearTaskInstances", "{\"dry_run\": true, \"dag_run_id\": \"" + runId + "\"}",
        "POST /api/v1/dags/nope/dagRuns", "{}").entrySet()) {
      String[] request = write.getKey().split(" ");
      problems.addAll(check(request[0], request[1], server.write(request[0], request[1], write.getValue())));
    }
    assertThat(problems).isEmpty();
  }

  static String basic(String user, String password) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
    java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + path))
        .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody() : java.net.http.HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void http_basic_auth_is_taken_with_a_tokens_name_and_value() {
    String path = "/api/v1/dags/greet?update_mask=is_paused";
    Map<String, String> json = Map.of("Content-Type", "application/json");

    HttpResponse<String> ok = send("PATCH", path, "{\"is_paused\": false}",
        Map.of("Content-Type", "application/json", "Authorization", basic("ci", TestServer.WRITE_TOKEN)));
    HttpResponse<String> wrongUser = send("PATCH", path, "{\"is_paused\": false}",
        Map.of("Content-Type", "application/json", "Authorization", basic("viewer", TestServer.WRITE_TOKEN)));
    HttpResponse<String> readOnly = send("PATCH", path, "{\"is_paused\": false}",
        Map.of("Content-Type", "application/json", "Authorization", basic("viewer", TestServer.READ_TOKEN)));
    HttpResponse<String> none = send("PATCH", path, "{\"is_paused\": false}", json);

    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(wrongUser.statusCode()).isEqualTo(401);
    assertThat(readOnly.statusCode()).isEqualTo(403);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().allValues("WWW-Authenticate")).anyMatch(h -> h.contains("Basic"));
    List<String> problems = new ArrayList<>();
    for (HttpResponse<String> answer : List.of(ok, wrongUser, readOnly, none)) {
      problems.addAll(check("PATCH", path, answer));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void a_log_reads_as_plain_text_and_pages_by_continuation_token() {
    String path = "/api/v1/dags/greet/dagRuns/" + runId + "/taskInstances/say/logs/1";
    HttpResponse<String> text = send("GET", path, null, Map.of("Accept", "text/plain"));
    HttpResponse<String> first = send("GET", path + "?max_bytes=5", null, Map.of("Accept", "application/json"));
    String token = server.json(first).get("continuation_token").asString();
    HttpResponse<String> next = send("GET", path + "?max_bytes=5&token=" + token, null, Map.of("Accept", "application/json"));

    assertThat(text.statusCode()).isEqualTo(200);
    assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(text.body()).contains("hello conformance");
    assertThat(server.json(first).get("content").asString() + server.json(next).get("content").asString())
        .isEqualTo(text.body().substring(0, 10));
    assertThat(check("GET", path, text)).isEmpty();
    assertThat(check("GET", path, next)).isEmpty();
  }

  @Test
  void airflow_2s_execution_date_names_filter_and_trigger() {
    HttpResponse<String> triggered = server.write("POST", "/api/v1/dags/greet/dagRuns",
        "{\"dag_run_id\": \"conformance_old\", \"execution_date\": \"2001-02-03T00:00:00Z\"}");
    assertThat(triggered.statusCode()).as(triggered.body()).isEqualTo(200);
    assertThat(check("POST", "/api/v1/dags/greet/dagRuns", triggered)).isEmpty();

    var old = server.getJson("/api/v1/dags/greet/dagRuns?execution_date_lte=2001-12-31T00:00:00Z").get("dag_runs");
    var recent = server.getJson("/api/v1/dags/greet/dagRuns?execution_date_gte=2002-01-01T00:00:00Z").get("dag_runs");

    assertThat(old).extracting(r -> r.get("dag_run_id").asString()).containsExactly("conformance_old");
    assertThat(recent).extracting(r -> r.get("dag_run_id").asString()).doesNotContain("conformance_old").contains(runId);
  }

  @Test
  void clear_takes_airflows_body_fields() {
    HttpResponse<String> airflowBody = server.write("POST", "/api/v1/dags/greet/clearTaskInstances",
        "{\"dag_run_id\": \"" + runId + "\", \"dry_run\": true, \"only_failed\": true, \"reset_dag_runs\": true,"
            + " \"include_upstream\": false, \"include_future\": false, \"include_past\": false}");
    HttpResponse<String> named = server.write("POST", "/api/v1/dags/greet/clearTaskInstances",
        "{\"dag_run_id\": \"" + runId + "\", \"task_ids\": [\"say\"], \"dry_run\": true}");
    HttpResponse<String> unsupported = server.write("POST", "/api/v1/dags/greet/clearTaskInstances",
        "{\"dag_run_id\": \"" + runId + "\", \"include_past\": true}");

    assertThat(airflowBody.statusCode()).as(airflowBody.body()).isEqualTo(200);
    assertThat(server.json(airflowBody).get("task_instances")).isEmpty(); // nothing failed
    assertThat(server.json(named).get("task_instances")).extracting(t -> t.get("task_id").asString()).contains("say");
    assertThat(unsupported.statusCode()).isEqualTo(400);
    assertThat(unsupported.body()).contains("include_past");
    assertThat(check("POST", "/api/v1/dags/greet/clearTaskInstances", airflowBody)).isEmpty();
  }
}
