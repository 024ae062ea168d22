package dev.nightshift.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.scheduler.NightshiftScheduler;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BackfillApiTest {
  static final TestServer server = TestServer.shared();

  @Test
  void aYearOfDailyIntervalsIsAcceptedAtOnceAndItsRunsQueueUnderMaxActiveRuns() {
    // The DAG's only task waits for a pool without slots: runs are created, none finishes.
    server.context.getBean(NightshiftScheduler.class).setPool("frozen", 0);

    HttpResponse<String> accepted =
        server.write(
            "POST",
            "/api/v1/dags/daily/backfills",
            "{\"from_date\": \"2024-01-01\", \"to_date\": \"2024-12-30T00:00:00Z\"}");

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    JsonNode backfill = server.json(accepted);
    assertThat(backfill.get("total").asInt()).isEqualTo(365);
    String progress = "/api/v1/backfills/" + backfill.get("id").asLong();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> server.getJson(progress).get("status").asString().equals("created"));

    JsonNode done = server.getJson(progress);
    assertThat(done.get("created").asInt()).isEqualTo(365);
    // One run at a time (max_active_runs 1); the rest wait. A manual run may hold the slot.
    assertThat(done.get("running").asInt()).isLessThanOrEqualTo(1);
    assertThat(done.get("running").asInt() + done.get("queued").asInt()).isEqualTo(365);
    JsonNode runs = server.getJson("/api/v1/dags/daily/dagRuns?limit=1000&order_by=logical_date");
    List<String> expected =
        IntStream.range(0, 365)
            .mapToObj(
                i -> Instant.parse("2024-01-01T00:00:00Z").plus(i, ChronoUnit.DAYS).toString())
            .toList();
    assertThat(runs.get("dag_runs").findValuesAsString("logical_date")).isEqualTo(expected);
    assertThat(runs.get("dag_runs").findValuesAsString("run_type")).containsOnly("backfill");
    assertThat(server.getJson("/api/v1/backfills").get("total_entries").asInt())
        .isGreaterThanOrEqualTo(1);
  }
}
