package dev.nightshift.serving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.serving.malformed.FuzzRun;
import dev.nightshift.serving.malformed.Listener;
import dev.nightshift.serving.malformed.MalformedRequests;
import dev.nightshift.serving.malformed.StoreChecksum;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The serving API deployed alone, under seeded malformed requests sent over raw sockets: every one
 * is answered 4xx with a problem document, none leaves a stack trace in the log, the store is
 * unchanged and the API still serves.
 */
class MalformedRequestsTest extends ServingApiTestBase {
  static final long SEED = 20261204L;
  static final int REQUESTS = 2_000;

  static final Listener SERVING =
      new Listener(
          List.of("/api/feeds/1", "/api/recommendations/2", "/api/trends", "/actuator/health", "/"),
          List.of("limit", "cursor", "window", "region"),
          Map.of(
              "/api/feeds/1", List.of("limit", "cursor"),
              "/api/recommendations/2", List.of("limit"),
              "/api/trends", List.of("window", "region", "limit")),
          List.of(
              new Listener.Write("POST", "/api/feeds/1"),
              new Listener.Write("PUT", "/api/trends"),
              new Listener.Write("DELETE", "/api/recommendations/2")),
          List.of());

  @Test
  void everyMalformedRequestGetsA4xxProblemAndChangesNothing() throws Exception {
    fixture.publish(ServingDataset.FEEDS, StoreFixture.feed(1, 100, 3));
    String before = StoreChecksum.of(dataSource);

    FuzzRun.sendAndCheck(port, SERVING, SEED, REQUESTS);

    assertThat(StoreChecksum.of(dataSource)).isEqualTo(before);
    assertThat(http.get("/api/feeds/1").statusCode()).isEqualTo(200);
  }

  @Test
  void theSameSeedSendsTheSameRequests() {
    MalformedRequests first = new MalformedRequests(SEED, SERVING);
    MalformedRequests second = new MalformedRequests(SEED, SERVING);
    for (int i = 0; i < 100; i++) {
      assertThat(first.next(i).bytes()).isEqualTo(second.next(i).bytes());
    }
  }
}
