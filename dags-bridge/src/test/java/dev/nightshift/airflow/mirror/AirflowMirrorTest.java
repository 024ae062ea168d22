package dev.nightshift.airflow.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.airflow.client.AirflowClients;
import dev.nightshift.airflow.client.AirflowConnection;
import dev.nightshift.airflow.client.AirflowRun;
import dev.nightshift.airflow.client.ApiVersion;
import dev.nightshift.airflow.client.RetryPolicy;
import dev.nightshift.airflow.fake.FakeAirflow;
import dev.nightshift.airflow.runner.AirflowConnections;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The mirror reads Airflow's DAGs and recent runs only when refreshed, and survives a server that is down. */
class AirflowMirrorTest {
  private FakeAirflow airflow;

  @AfterEach
  void close() {
    assertThat(airflow.violations()).isEmpty();
    airflow.close();
  }

  private AirflowMirror mirror(AirflowConnection... connections) {
    return new AirflowMirror(new AirflowConnections(List.of(connections),
        new AirflowClients(HttpClient.newHttpClient(), InstantSource.system())), InstantSource.system(), 2);
  }

  private AirflowConnection connection(String name, java.net.URI url) {
    return AirflowConnection.of(name, url, FakeAirflow.USER, FakeAirflow.PASSWORD)
        .withRetry(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10)));
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_refresh_reads_every_dag_and_its_latest_runs_and_nothing_is_read_before(ApiVersion version) {
    airflow = new FakeAirflow(version).quickDag("export", true).quickDag("audit", false);
    airflow.addRun("export", "scheduled__1");
    airflow.addRun("export", "scheduled__2");
    airflow.addRun("export", "scheduled__3");
    AirflowMirror mirror = mirror(connection("main", airflow.url()));

    assertThat(mirror.snapshot().dags()).isEmpty();
    assertThat(airflow.requests()).isEmpty();
    MirrorSnapshot snapshot = mirror.refresh();

    assertThat(snapshot.dags()).extracting(d -> d.dag().dagId()).containsExactly("audit", "export");
    assertThat(snapshot.dags().get(1).recentRuns()).hasSize(2).extracting(AirflowRun::state).containsOnly("success");
    assertThat(snapshot.dags().get(1).connection()).isEqualTo("main");
    assertThat(snapshot.refreshedAt()).containsKey("main");
    assertThat(snapshot.errors()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_connection_that_fails_keeps_what_was_read_and_says_why(ApiVersion version) {
    airflow = new FakeAirflow(version).quickDag("export", true);
    AirflowMirror mirror = mirror(connection("main", airflow.url()), connection("gone", FakeAirflow.nowhere()));
    mirror.refresh();
    airflow.answerNext(4, 503, "text/html", "<html>down</html>");

    MirrorSnapshot snapshot = mirror.refresh();

    assertThat(snapshot.dags()).extracting(d -> d.dag().dagId()).containsExactly("export");
    assertThat(snapshot.errors()).containsKeys("main", "gone");
    assertThat(snapshot.errors().get("main")).contains("503");
    assertThat(snapshot.errors().get("gone")).contains("could not be reached");
  }
}
