package dev.nightshift.airflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.airflow.fake.FakeAirflow;
import dev.nightshift.airflow.fake.SettableClock;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The client against a fake Airflow that checks every request and answer against the official specs. */
class AirflowClientTest {
  private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20));
  private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private FakeAirflow airflow;

  private AirflowClient open(ApiVersion version, ApiVersion configured) {
    airflow = new FakeAirflow(version, clock);
    return open(AirflowConnection.of("main", airflow.url(), FakeAirflow.USER, FakeAirflow.PASSWORD)
        .withVersion(configured));
  }

  private AirflowClient open(AirflowConnection connection) {
    return new AirflowClients(HttpClient.newHttpClient(), clock).open(connection.withRetry(FAST));
  }

  @AfterEach
  void requestsAndAnswersFollowTheSpec() {
    if (airflow != null) {
      assertThat(airflow.violations()).isEmpty();
      airflow.close();
    }
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void the_version_is_detected_from_the_server(ApiVersion version) {
    AirflowClient client = open(version, null);

    assertThat(client.apiVersion()).isEqualTo(version);
    assertThat(client.serverVersion()).startsWith(version == ApiVersion.V1 ? "2." : "3.");
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void dags_are_listed_read_paused_and_unpaused(ApiVersion version) {
    AirflowClient client = open(version, version);
    airflow.quickDag("export", true).quickDag("audit", true);

    assertThat(client.listDags(100, 0)).extracting(AirflowDag::dagId).containsExactly("audit", "export");
    assertThat(client.getDag("export").schedule()).isEqualTo("0 3 * * *");
    assertThat(client.setPaused("export", true).paused()).isTrue();
    assertThat(client.getDag("export").paused()).isTrue();
    assertThat(client.setPaused("export", false).paused()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_triggered_run_is_read_listed_and_its_tasks_and_logs_are_read(ApiVersion version) {
    AirflowClient client = open(version, version);
    airflow.quickDag("export", true);

    AirflowRun triggered = client.trigger("export", "ns__1", Map.of("day", "2026-03-01"),
        Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(triggered.runId()).isEqualTo("ns__1");
    assertThat(triggered.logicalDate()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(client.getRun("export", "ns__1").state()).isEqualTo("success");
    assertThat(client.listRuns("export", 10)).extracting(AirflowRun::runId).containsExactly("ns__1");
    List<AirflowTaskInstance> tasks = client.listTaskInstances("export", "ns__1");
    assertThat(tasks).extracting(AirflowTaskInstance::taskId).containsExactly("extract", "load");
    assertThat(tasks).extracting(AirflowTaskInstance::state).containsOnly("success");

    LogPage first = client.readLog("export", "ns__1", "load", 1, null);
    LogPage second = client.readLog("export", "ns__1", "load", 1, first.continuationToken());
    assertThat(first.text()).contains("running load");
    assertThat(second.text()).contains("load done").contains("2026-03-01");
    assertThat(client.readLog("export", "ns__1", "load", 1, second.continuationToken()).text()).isBlank();
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_run_without_logical_date_is_triggered(ApiVersion version) {
    AirflowClient client = open(version, version);
    airflow.quickDag("export", true);

    assertThat(client.trigger("export", "ns__2", Map.of(), null).runId()).isEqualTo("ns__2");
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_run_marked_failed_is_failed(ApiVersion version) {
    AirflowClient client = open(version, version);
    airflow.dag("slow", new FakeAirflow.DagPlan(List.of("a"), Duration.ofHours(1), true, false));
    client.trigger("slow", "ns__3", Map.of(), null);
    assertThat(client.getRun("slow", "ns__3").isFinished()).isFalse();

    assertThat(client.markRunFailed("slow", "ns__3").state()).isEqualTo("failed");
    assertThat(airflow.runState("slow", "ns__3")).contains("failed");
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void not_found_and_conflict_name_the_dag_the_run_and_airflows_answer_and_are_not_retried(ApiVersion version) {
    AirflowClient client = open(version, version);
    airflow.quickDag("export", true);
    client.trigger("export", "ns__4", Map.of(), null);
    long before = airflow.requests().size();

    assertThatThrownBy(() -> client.getDag("nope"))
        .isInstanceOf(AirflowException.class)
        .hasMessageContaining("answered 404").hasMessageContaining("DAG 'nope'").hasMessageContaining("nope");
    assertThatThrownBy(() -> client.trigger("export", "ns__4", Map.of(), null))
        .isInstanceOfSatisfying(AirflowException.class, e -> assertThat(e.isConflict()).isTrue())
        .hasMessageContaining("answered 409").hasMessageContaining("run 'ns__4'").hasMessageContaining("already exists");
    assertThat(airflow.requests().size() - before).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_422_is_reported_and_not_retried(ApiVersion version) {
    AirflowClient client = open(version, version);
    airflow.quickDag("export", true);
    airflow.answerNext(1, 422, "application/json", "{\"detail\":[{\"loc\":[\"body\",\"conf\"],\"msg\":\"bad conf\",\"type\":\"value_error\"}]}");
    long before = airflow.requests().size();

    assertThatThrownBy(() -> client.trigger("export", "ns__5", Map.of(), null))
        .hasMessageContaining("answered 422").hasMessageContaining("bad conf").hasMessageContaining("DAG 'export'");
    assertThat(airflow.requests().size() - before).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void server_errors_and_429_are_retried_then_succeed(ApiVersion version) {
    AirflowClient client = open(version, version);
    airflow.quickDag("export", true);
    airflow.answerNext(1, 503, "text/html", "<html>down</html>").answerNext(1, 429, "application/json", "{}");

    assertThat(client.getDag("export").dagId()).isEqualTo("export");
    assertThat(airflow.count("GET " + version.basePath() + "/dags/export")).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_server_that_keeps_failing_is_given_up_after_the_retry_limit(ApiVersion version) {
    AirflowClient client = open(version, version);
    airflow.quickDag("export", true);
    airflow.answerNext(10, 502, "text/html", "<html><body>Bad Gateway</body></html>");

    assertThatThrownBy(() -> client.getRun("export", "r1"))
        .hasMessageContaining("answered 502 (after 3 attempts)").hasMessageContaining("Bad Gateway")
        .hasMessageContaining("run 'r1'");
    assertThat(airflow.count("GET ")).isEqualTo(3 + 1); // + the version read at open
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void html_or_garbage_with_200_is_a_clear_error_and_not_retried(ApiVersion version) {
    AirflowClient client = open(version, version);
    airflow.answerNext(1, 200, "text/html", "<!DOCTYPE html><html><title>Sign in</title></html>");

    assertThatThrownBy(() -> client.getDag("export"))
        .hasMessageContaining("not JSON").hasMessageContaining("text/html").hasMessageContaining("Sign in");
    airflow.answerNext(1, 200, "application/json", "[1,2");
    assertThatThrownBy(() -> client.getDag("export")).hasMessageContaining("not JSON");
    assertThat(airflow.count("GET " + version.basePath() + "/dags/export")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void wrong_credentials_fail_once_without_showing_the_password(ApiVersion version) {
    airflow = new FakeAirflow(version, clock);
    airflow.quickDag("export", true);
    AirflowConnection wrong = AirflowConnection.of("main", airflow.url(), FakeAirflow.USER, "wrong-Pa55").withVersion(version);

    assertThatThrownBy(() -> open(wrong).getDag("export"))
        .isInstanceOfSatisfying(AirflowException.class, e -> assertThat(e.status()).isEqualTo(401))
        .hasMessageContaining("401").hasMessageContaining("user 'nightshift'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-Pa55"));
    assertThat(airflow.requests().size()).isLessThanOrEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void an_unreachable_airflow_is_named_after_the_retries(ApiVersion version) {
    AirflowConnection nowhere = AirflowConnection.of("gone", FakeAirflow.nowhere(),
        FakeAirflow.USER, FakeAirflow.PASSWORD).withVersion(version);

    assertThatThrownBy(() -> open(nowhere))
        .hasMessageContaining("connection 'gone'").hasMessageContaining("could not be reached")
        .hasMessageContaining("after 3 attempts");
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_server_that_is_not_airflow_is_named_as_such_when_detecting(ApiVersion version) {
    airflow = new FakeAirflow(version, clock);
    airflow.answerNext(2, 404, "text/html", "<html>nothing here</html>");

    assertThatThrownBy(() -> open(AirflowConnection.of("odd", airflow.url(), "u", "p")))
        .hasMessageContaining("does not look like Airflow").hasMessageContaining("/api/v2/version answered 404");
  }
}
