package dev.nightshift.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class BadInputApiTest {
  static final TestServer server = TestServer.shared();

  static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = server.json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("type").asString()).isNotBlank();
    assertThat(response.body()).doesNotContain("at dev.nightshift", "Exception:");
    return problem;
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/dags/nope, no DAG with id 'nope'",
    "/api/v1/dags/nope/dagRuns, no DAG with id 'nope'",
    "/api/v1/dags/greet/dagRuns/nope, has no run 'nope'",
    "/api/v1/dags/greet/dagRuns/nope/taskInstances, has no run 'nope'",
    "/api/v1/backfills/999, no backfill 999",
    "/api/v1/no-such-endpoint, ''"
  })
  void unknownThingsAre404(String path, String detail) {
    assertThat(problem(server.get(path), 404).get("detail").asString()).contains(detail);
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/dags?limit=0, limit",
    "/api/v1/dags?limit=1001, limit",
    "/api/v1/dags?offset=-1, offset",
    "/api/v1/dags?limit=ten, limit",
    "/api/v1/dags/greet/dagRuns?logical_date_gte=2026-13-01, logical_date_gte",
    "/api/v1/dags/greet/dagRuns?start_date_lte=yesterday, start_date_lte",
    "/api/v1/dags/greet/dagRuns?logical_date_gte=2026-02-01&logical_date_lte=2026-01-01,"
        + " logical_date_lte",
    "/api/v1/dags/greet/dagRuns?state=sleeping, state",
    "/api/v1/dags/greet/dagRuns?order_by=color, order_by",
    "/api/v1/dags/greet/dagRuns?order_by=-note, order_by",
    "/api/v1/dags/greet/dagRuns?end_date_gte=soon, end_date_gte",
    "/api/v1/dags/~/dagRuns?updated_at_gte=2026-02-01&updated_at_lte=2026-01-01, updated_at_lte",
    "/api/v1/dags/greet/dagRuns/any/taskInstances?duration_gte=5&duration_lte=1, duration_lte",
    "/api/v1/dags/greet/dagRuns/any/taskInstances?duration_gte=long, duration_gte",
    "/api/v1/dags/greet/dagRuns/any/taskInstances?updated_at_lte=later, updated_at_lte",
    "/api/v1/dags/greet/dagRuns/any/taskInstances?state=dozing, state"
  })
  void badQueryParametersAre400NamingTheParameter(String path, String field) {
    JsonNode problem = problem(server.get(path), 400);

    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
  }

  @Test
  void paramsOfTheWrongTypeAre400NamingTheParam() {
    JsonNode problem =
        problem(
            server.write("POST", "/api/v1/dags/greet/dagRuns", "{\"conf\": {\"n\": \"seven\"}}"),
            400);

    assertThat(problem.get("detail").asString()).contains("'n'");
  }

  @Test
  void malformedJsonUnknownFieldsAndWrongTypesInBodiesAre400() {
    assertThat(
            problem(server.write("POST", "/api/v1/dags/greet/dagRuns", "{\"conf\": "), 400)
                .get("detail")
                .asString())
        .contains("not valid JSON");
    assertThat(
            problem(server.write("POST", "/api/v1/dags/greet/dagRuns", "{\"colour\": 1}"), 400)
                .get("detail")
                .asString())
        .contains("unknown field 'colour'")
        .contains("dag_run_id");
    assertThat(
            problem(server.write("PATCH", "/api/v1/dags/greet", "{\"is_paused\": [1]}"), 400)
                .get("errors")
                .get(0)
                .get("field")
                .asString())
        .isEqualTo("is_paused");
    problem(server.write("PATCH", "/api/v1/dags/greet", "[]"), 400);
    problem(server.write("PATCH", "/api/v1/dags/greet", ""), 400);
  }

  @Test
  void impossibleDatesAndRangesInBodiesAre400() {
    problem(
        server.write("POST", "/api/v1/dags/greet/dagRuns", "{\"logical_date\": \"2026-02-30\"}"),
        400);
    JsonNode backwards =
        problem(
            server.write(
                "POST",
                "/api/v1/dags/daily/backfills",
                "{\"from_date\": \"2026-02-01\", \"to_date\": \"2026-01-01\"}"),
            400);
    JsonNode manual =
        problem(
            server.write(
                "POST",
                "/api/v1/dags/greet/backfills",
                "{\"from_date\": \"2026-01-01\", \"to_date\": \"2026-01-02\"}"),
            400);

    assertThat(backwards.get("errors").get(0).get("field").asString()).isEqualTo("to_date");
    assertThat(manual.get("detail").asString()).contains("no schedule");
  }

  @Test
  void aDuplicateRunIdIs409AndClearingAnUnfinishedTaskToo() {
    server.write("POST", "/api/v1/dags/greet/dagRuns", "{\"dag_run_id\": \"twice\"}");

    problem(server.write("POST", "/api/v1/dags/greet/dagRuns", "{\"dag_run_id\": \"twice\"}"), 409);
  }

  @Test
  void wrongContentTypeWrongMethodAndOversizedBodiesAreRefused() {
    problem(
        server.send(
            "POST", "/api/v1/dags/greet/dagRuns", "x=1", TestServer.WRITE_TOKEN, "text/plain"),
        415);
    problem(server.send("DELETE", "/api/v1/dags", null, TestServer.WRITE_TOKEN, null), 405);
    String big = "{\"conf\": {\"x\": \"" + "a".repeat(1_100_000) + "\"}}";
    problem(server.write("POST", "/api/v1/dags/greet/dagRuns", big), 413);
  }

  @Test
  void writesNeedAWriteToken() {
    HttpResponse<String> none =
        server.send(
            "PATCH", "/api/v1/dags/greet", "{\"is_paused\": true}", null, "application/json");
    HttpResponse<String> wrong =
        server.send(
            "PATCH", "/api/v1/dags/greet", "{\"is_paused\": true}", "guess", "application/json");
    HttpResponse<String> readOnly =
        server.send(
            "PATCH",
            "/api/v1/dags/greet",
            "{\"is_paused\": true}",
            TestServer.READ_TOKEN,
            "application/json");

    problem(none, 401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    problem(wrong, 401);
    assertThat(problem(readOnly, 403).get("detail").asString()).contains("viewer", "write");
    assertThat(server.getJson("/api/v1/dags/greet").get("is_paused").asBoolean()).isFalse();
  }
}
