package dev.nightshift.platform.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.airflow.client.AirflowClients;
import dev.nightshift.airflow.client.AirflowConnection;
import dev.nightshift.airflow.client.ApiVersion;
import dev.nightshift.airflow.fake.FakeAirflow;
import dev.nightshift.airflow.mirror.AirflowMirror;
import dev.nightshift.airflow.runner.AirflowConnections;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mirror reads Airflow on its interval only when one is set. */
class AirflowMirrorRefreshTest {

  private static AirflowMirror mirror(FakeAirflow airflow) {
    return new AirflowMirror(new AirflowConnections(List.of(AirflowConnection.of("main", airflow.url(),
        FakeAirflow.USER, FakeAirflow.PASSWORD)), new AirflowClients()), InstantSource.system(), 5);
  }

  @Test
  void with_an_interval_the_mirror_is_refreshed_again_and_again() {
    try (FakeAirflow airflow = new FakeAirflow(ApiVersion.V2).quickDag("export", true);
        AirflowMirrorRefresh refresh = new AirflowMirrorRefresh(mirror(airflow), Duration.ofMillis(100))) {
      assertThat(refresh.isScheduled()).isTrue();
      await().atMost(Duration.ofSeconds(20)).until(() ->
          airflow.requests().stream().filter("GET /api/v2/dags"::equals).count() >= 2);
    }
  }

  @Test
  void without_an_interval_nothing_is_scheduled_and_nothing_is_asked() {
    try (FakeAirflow airflow = new FakeAirflow(ApiVersion.V2).quickDag("export", true);
        AirflowMirrorRefresh refresh = new AirflowMirrorRefresh(mirror(airflow), null)) {
      assertThat(refresh.isScheduled()).isFalse();
      assertThat(airflow.requests()).isEmpty();
    }
  }
}
