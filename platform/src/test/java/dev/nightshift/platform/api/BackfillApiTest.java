package dev.nightshift.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.scheduler.NightshiftScheduler;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BackfillApiTest {
  static final TestServer server = TestServer.shared();

  @Test
  void aYearOfDailyIntervalsIsAcceptedAtOnceAndItsRunsAreCreatedUnderMaxActiveRuns() {
    // The DAG's only task waits for a pool without slots: runs are created, none finishes.
    NightshiftScheduler scheduler = server.context.getBean(NightshiftScheduler.class);
    scheduler.setPool("frozen", 0);
    // Runs held by other tests of the shared server would take the one place under max_active_runs.
    scheduler.runs("daily", 10_000).stream()
        .filter(r -> !r.state().isFinished())
        .forEach(r -> scheduler.markRun(r.ref(), dev.nightshift.scheduler.run.RunState.FAILED));

    HttpResponse<String> accepted =
        server.write(
            "POST",
            "/api/v1/dags/daily/backfills",
            "{\"from_date\": \"2024-01-01\", \"to_date\": \"2024-12-30T00:00:00Z\"}");

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    JsonNode backfill = server.json(accepted);
    assertThat(backfill.get("total").asInt()).isEqualTo(365);
    assertThat(backfill.get("status").asString()).isEqualTo("running");
    assertThat(backfill.get("is_paused").asBoolean()).isFalse();
    long id = backfill.get("id").asLong();
    String progress = "/api/v1/backfills/" + id;
    // max_active_runs 1: one run is made; the next only when it finishes.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> server.getJson(progress).get("created").asInt() == 1);
    JsonNode runs = server.getJson("/api/v1/dags/daily/dagRuns?limit=1000&order_by=logical_date");
    assertThat(runs.get("dag_runs").findValuesAsString("logical_date"))
        .contains("2024-01-01T00:00:00Z")
        .doesNotContain("2024-01-02T00:00:00Z");

    JsonNode paused = server.json(server.write("POST", progress + "/pause", ""));
    assertThat(paused.get("status").asString()).isEqualTo("paused");
    assertThat(paused.get("is_paused").asBoolean()).isTrue();
    JsonNode resumed = server.json(server.write("POST", progress + "/unpause", ""));
    assertThat(resumed.get("status").asString()).isEqualTo("running");
    JsonNode cancelled = server.json(server.write("POST", progress + "/cancel", ""));
    assertThat(cancelled.get("status").asString()).isEqualTo("cancelled");
    assertThat(cancelled.get("completed_at").isNull()).isFalse();

    HttpResponse<String> again = server.write("POST", progress + "/pause", "");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(again.body()).contains("is cancelled");
    assertThat(server.write("POST", "/api/v1/backfills/987654/cancel", "").statusCode())
        .isEqualTo(404);
    assertThat(server.getJson("/api/v1/backfills").get("total_entries").asInt())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void aReversedRangeIsRefusedNamingTheField() {
    HttpResponse<String> reversed =
        server.write(
            "POST",
            "/api/v1/dags/daily/backfills",
            "{\"from_date\": \"2024-02-01\", \"to_date\": \"2024-01-01\"}");
    assertThat(reversed.statusCode()).isEqualTo(400);
    assertThat(reversed.body()).contains("to_date");
    assertThat(
            server
                .write(
                    "POST",
                    "/api/v1/dags/no_such_dag/backfills",
                    "{\"from_date\": \"2024-01-01\", \"to_date\": \"2024-01-02\"}")
                .statusCode())
        .isEqualTo(404);
  }
}
