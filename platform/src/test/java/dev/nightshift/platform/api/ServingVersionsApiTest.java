package dev.nightshift.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.StagedVersion;
import dev.nightshift.precompute.serving.ValidationBounds;
import dev.nightshift.precompute.serving.document.FeedDocument;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Serving versions and rollback over the REST API. Each test owns one dataset of the shared
 * server's serving store: feeds here and in the browser test's own server, trends for the CLI.
 */
class ServingVersionsApiTest {
  static final TestServer server = TestServer.shared();
  static final ServingStore store = server.context.getBean(ServingStore.class);

  @Test
  void listsTheVersionsThenRollsBackAndTheFeedApiServesThePreviousVersion() {
    long first = publishFeed(0.25);
    long second = publishFeed(0.75);

    JsonNode before = server.getJson("/api/v1/serving/feeds/versions");
    assertThat(before.get("dataset").asString()).isEqualTo("feeds");
    assertThat(before.get("current_version").asLong()).isEqualTo(second);
    JsonNode newest = before.get("versions").get(0);
    assertThat(newest.get("version").asLong()).isEqualTo(second);
    assertThat(newest.get("state").asString()).isEqualTo("published");
    assertThat(newest.get("is_current").asBoolean()).isTrue();
    assertThat(newest.get("row_count").asLong()).isEqualTo(1);
    assertThat(newest.get("mean_score").asDouble()).isEqualTo(0.75);
    assertThat(newest.get("p90_score").asDouble()).isEqualTo(0.75);
    assertThat(Instant.parse(newest.get("created_at").asString())).isBeforeOrEqualTo(Instant.now());
    assertThat(newest.get("producer").asString()).isEqualTo("api test 0.75");
    assertThat(before.get("versions").get(1).get("version").asLong()).isEqualTo(first);
    assertThat(servedFeedVersion()).isEqualTo(second);

    HttpResponse<String> rolledBack =
        server.write("POST", "/api/v1/serving/feeds/rollback", null);

    assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(200);
    JsonNode after = server.json(rolledBack);
    assertThat(after.get("current_version").asLong()).isEqualTo(first);
    assertThat(after.get("versions").get(0).get("state").asString()).isEqualTo("rolled_back");
    assertThat(after.get("versions").get(0).get("is_current").asBoolean()).isFalse();
    await().atMost(Duration.ofSeconds(10)).until(() -> servedFeedVersion() == first);
    assertThat(server.get("/api/feeds/7").body()).contains("\"postId\":" + first);
  }

  @Test
  void nothingToRollBackToIsAConflictNamingTheReason() {
    HttpResponse<String> nothingPublished =
        server.write("POST", "/api/v1/serving/recommendations/rollback", null);

    assertThat(nothingPublished.statusCode()).isEqualTo(409);
    assertThat(nothingPublished.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = server.json(nothingPublished);
    assertThat(problem.get("type").asString()).isEqualTo("urn:nightshift:problem:conflict");
    assertThat(problem.get("detail").asString())
        .isEqualTo("cannot roll back recommendations: nothing is published");
    assertThat(problem.get("instance").asString())
        .isEqualTo("/api/v1/serving/recommendations/rollback");
  }

  @Test
  void anUnknownDatasetIsNotFound() {
    HttpResponse<String> read = server.get("/api/v1/serving/posts/versions");
    HttpResponse<String> write = server.write("POST", "/api/v1/serving/posts/rollback", null);

    for (HttpResponse<String> response : List.of(read, write)) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(server.json(response).get("detail").asString())
          .isEqualTo("unknown serving dataset 'posts'; expected one of feeds, recommendations, trends");
    }
  }

  @Test
  void rollbackNeedsAWriteToken() {
    HttpResponse<String> none =
        server.send("POST", "/api/v1/serving/feeds/rollback", null, null, null);
    HttpResponse<String> readOnly =
        server.send("POST", "/api/v1/serving/feeds/rollback", null, TestServer.READ_TOKEN, null);

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(readOnly.statusCode()).isEqualTo(403);
    assertThat(server.json(readOnly).get("detail").asString()).contains("viewer", "write");
  }

  /** Publishes a feeds version holding user 7's feed with one post whose id is the version. */
  private static long publishFeed(double score) {
    try (StagedVersion staged = store.stage(ServingDataset.FEEDS, "api test " + score)) {
      staged.put(
          new FeedDocument(
              7, List.of(new FeedDocument.Item(staged.version(), 1, Instant.now(), score))));
      staged.seal();
      store.publish(ServingDataset.FEEDS, staged.version(), ValidationBounds.ANY_NON_EMPTY);
      return staged.version();
    }
  }

  private static long servedFeedVersion() {
    return Long.parseLong(
        server.get("/api/feeds/7").headers().firstValue("Nightshift-Version").orElseThrow());
  }
}
