package dev.nightshift.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DagsApiTest {
  static final TestServer server = TestServer.shared();

  @Test
  void listsDagsWithPagingAndFilters() {
    JsonNode all = server.getJson("/api/v1/dags");
    JsonNode page = server.getJson("/api/v1/dags?limit=1&offset=1");
    JsonNode tagged = server.getJson("/api/v1/dags?tags=etl");

    assertThat(all.get("total_entries").asInt()).isEqualTo(5);
    assertThat(all.get("dags").findValuesAsString("dag_id"))
        .containsExactly("daily", "greet", "hourly", "monthly", "slow");
    assertThat(page.get("dags").findValuesAsString("dag_id")).containsExactly("greet");
    assertThat(page.get("total_entries").asInt()).isEqualTo(5);
    assertThat(tagged.get("dags").findValuesAsString("dag_id")).containsExactly("daily");
  }

  @Test
  void showsOneDagWithTasksParamsScheduleAndNextRun() {
    JsonNode greet = server.getJson("/api/v1/dags/greet");
    JsonNode daily = server.getJson("/api/v1/dags/daily");

    assertThat(greet.get("description").asString()).isEqualTo("says hello");
    assertThat(greet.get("tasks").findValuesAsString("task_id")).containsExactly("say", "after");
    assertThat(greet.get("tasks").get(0).get("downstream_task_ids").get(0).asString())
        .isEqualTo("after");
    assertThat(greet.get("params").findValuesAsString("name")).containsExactly("n", "x");
    assertThat(server.getJson("/api/v1/dags/greet/tasks").get("total_entries").asInt()).isEqualTo(2);
    assertThat(greet.get("dag_version").asString()).hasSize(64);
    assertThat(daily.get("schedule").asString()).isEqualTo("@daily");
    assertThat(daily.get("schedule_interval").get("__type").asString()).isEqualTo("CronExpression");
    assertThat(daily.get("schedule_interval").get("value").asString()).isEqualTo("@daily");
    assertThat(daily.get("next_dagrun").asString()).isEqualTo("2099-01-01T00:00:00Z");
    assertThat(daily.get("next_dagrun_data_interval_end").asString())
        .isEqualTo("2099-01-02T00:00:00Z");
    assertThat(daily.get("timezone").asString()).isEqualTo("UTC");
  }

  @Test
  void theNextRunIsTheIntervalTheScheduleCreates() {
    // From 31 January a calendar month ends on 28 February; the month before 28 February
    // would start on 28 January, which is not the run the schedule makes.
    JsonNode monthly = server.getJson("/api/v1/dags/monthly");

    assertThat(monthly.get("next_dagrun").asString()).isEqualTo("2099-01-31T00:00:00Z");
    assertThat(monthly.get("next_dagrun_data_interval_start").asString())
        .isEqualTo("2099-01-31T00:00:00Z");
    assertThat(monthly.get("next_dagrun_data_interval_end").asString())
        .isEqualTo("2099-02-28T00:00:00Z");
    assertThat(monthly.get("next_dagrun_create_after").asString())
        .isEqualTo("2099-02-28T00:00:00Z");
    JsonNode listed = server.getJson("/api/v1/dags?dag_id_pattern=monthly").get("dags").get(0);
    assertThat(listed.get("next_dagrun_data_interval_start")).isEqualTo(monthly.get("next_dagrun_data_interval_start"));
    assertThat(listed.get("next_dagrun_data_interval_end")).isEqualTo(monthly.get("next_dagrun_data_interval_end"));
  }

  @Test
  void showsTheNextScheduledRunsInUtcAndTheDagZone() {
    JsonNode upcoming = server.getJson("/api/v1/dags/daily/upcomingDagRuns?limit=3");

    assertThat(upcoming.get("total_entries").asInt()).isEqualTo(3);
    assertThat(upcoming.get("dag_runs").findValuesAsString("data_interval_start"))
        .containsExactly("2099-01-01T00:00:00Z", "2099-01-02T00:00:00Z", "2099-01-03T00:00:00Z");
    assertThat(upcoming.get("dag_runs").findValuesAsString("run_after"))
        .containsExactly("2099-01-02T00:00:00Z", "2099-01-03T00:00:00Z", "2099-01-04T00:00:00Z");
    assertThat(upcoming.get("dag_runs").get(0).get("run_after_local").asString())
        .isEqualTo("2099-01-02T00:00Z");
    assertThat(server.get("/api/v1/dags/daily/upcomingDagRuns?limit=0").statusCode())
        .isEqualTo(400);
    assertThat(server.get("/api/v1/dags/nope/upcomingDagRuns").statusCode()).isEqualTo(404);
  }

  @Test
  void pausesAndUnpausesWithAToken() {
    HttpResponse<String> paused =
        server.write("PATCH", "/api/v1/dags/slow", "{\"is_paused\": true}");
    JsonNode onlyPaused = server.getJson("/api/v1/dags?paused=true");
    HttpResponse<String> unpaused =
        server.write("PATCH", "/api/v1/dags/slow", "{\"is_paused\": false}");

    assertThat(paused.statusCode()).isEqualTo(200);
    assertThat(server.json(paused).get("is_paused").asBoolean()).isTrue();
    assertThat(onlyPaused.get("dags").findValuesAsString("dag_id")).containsExactly("slow");
    assertThat(server.json(unpaused).get("is_paused").asBoolean()).isFalse();
  }

  @Test
  void servesVersionsAndTheSourceOfAVersion() {
    JsonNode versions = server.getJson("/api/v1/dags/greet/versions");
    String version = versions.get("dag_versions").get(0).get("version").asString();
    JsonNode source = server.getJson("/api/v1/dags/greet/versions/" + version + "/source");

    assertThat(versions.get("dag_versions").get(0).get("is_current").asBoolean()).isTrue();
    assertThat(source.get("content").asString()).contains("echo hello {{ params.x }}");
    assertThat(server.get("/api/v1/dags/greet/versions/nope/source").statusCode()).isEqualTo(404);
  }

  @Test
  void listsImportErrorsWithFileAndReason() {
    JsonNode errors = server.getJson("/api/v1/importErrors");

    assertThat(errors.get("total_entries").asInt()).isEqualTo(1);
    assertThat(errors.get("import_errors").get(0).get("filename").asString())
        .endsWith("broken.yaml");
    assertThat(errors.get("import_errors").get(0).get("stack_trace").asString())
        .contains("no-such-runner");
  }

  @Test
  void answersHealthVersionAndTheOpenApiDescription() {
    JsonNode health = server.getJson("/api/v1/health");
    JsonNode openapi = server.getJson("/api/v1/openapi.json");
    HttpResponse<String> redirect = server.get("/swagger-ui.html");
    String location = redirect.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> ui = server.get(location.replaceFirst("^https?://[^/]+", ""));

    assertThat(health.get("metadatabase").get("status").asString()).isEqualTo("healthy");
    assertThat(server.getJson("/api/v1/version").get("version").asString()).isNotBlank();
    assertThat(openapi.get("paths").propertyNames())
        .contains(
            "/api/v1/dags",
            "/api/v1/dags/{dag_id}/dagRuns",
            "/api/v1/dags/{dag_id}/backfills",
            "/api/v1/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/logs/{try_number}");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).containsIgnoringCase("swagger");
  }
}
