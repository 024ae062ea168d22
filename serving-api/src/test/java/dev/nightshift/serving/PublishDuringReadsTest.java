package dev.nightshift.serving;

import static dev.nightshift.serving.HttpFixture.header;
import static dev.nightshift.serving.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.precompute.serving.ServingDataset;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PublishDuringReadsTest extends ServingApiTestBase {
  private static final int USERS = 5;

  @Test
  void readers_hammering_the_api_during_100_publishes_see_only_whole_versions_and_no_5xx() {
    fixture.publish(ServingDataset.FEEDS, v -> StoreFixture.versionMarkedFeeds(v, USERS));
    AtomicBoolean publishing = new AtomicBoolean(true);
    AtomicLong answers = new AtomicLong();
    List<CompletableFuture<Void>> readers = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      readers.add(
          CompletableFuture.runAsync(
              () -> {
                for (long i = 0; publishing.get() || i < USERS; i++) {
                  HttpResponse<byte[]> response = http.get("/api/feeds/" + (1 + i % USERS));
                  assertThat(response.statusCode())
                      .as("status of a read during publishes")
                      .isEqualTo(200);
                  // Every document of version v carries v as its post id: anything else is a mix.
                  assertThat(json(response).path("items").path(0).path("postId").asText())
                      .isEqualTo(header(response, "Nightshift-Version"));
                  answers.incrementAndGet();
                }
              }));
    }
    long publishedLast = 0;
    try {
      for (int i = 0; i < 100; i++) {
        publishedLast =
            fixture.publish(ServingDataset.FEEDS, v -> StoreFixture.versionMarkedFeeds(v, USERS));
      }
    } finally {
      publishing.set(false);
    }
    CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new))
        .orTimeout(60, java.util.concurrent.TimeUnit.SECONDS)
        .join();

    assertThat(answers.get()).isGreaterThanOrEqualTo(3L * USERS);
    long last = publishedLast;
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(header(http.get("/api/feeds/1"), "Nightshift-Version"))
                    .isEqualTo(Long.toString(last)));
  }
}
