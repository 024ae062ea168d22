package dev.nightshift.serving;

import static dev.nightshift.serving.HttpFixture.header;
import static dev.nightshift.serving.HttpFixture.json;
import static dev.nightshift.serving.StoreFixture.feed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.StagedVersion;
import dev.nightshift.precompute.serving.ValidationBounds;
import dev.nightshift.precompute.serving.document.DocumentCodec;
import dev.nightshift.precompute.serving.document.FeedDocument;
import dev.nightshift.precompute.serving.document.RecommendationsDocument;
import dev.nightshift.precompute.serving.document.TrendsDocument;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

class ServingApiTest extends ServingApiTestBase {
  @Autowired ServletWebServerApplicationContext webServer;

  @Test
  void a_feed_is_the_stored_document_with_its_version_in_the_headers() {
    FeedDocument doc = feed(101, 1, 3);
    long version = fixture.publish(ServingDataset.FEEDS, doc);

    HttpResponse<byte[]> response = http.get("/api/feeds/101");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(DocumentCodec.toBytes(doc));
    assertThat(header(response, "Content-Type")).isEqualTo("application/json");
    assertThat(header(response, "Nightshift-Version")).isEqualTo(Long.toString(version));
    assertThat(header(response, "ETag")).contains("feeds." + version + ".101");
    assertThat(header(response, "Nightshift-Next-Cursor")).isNull();
  }

  @Test
  void recommendations_and_trends_are_served_from_their_own_datasets() {
    RecommendationsDocument recommendations =
        new RecommendationsDocument(
            102,
            List.of(new RecommendationsDocument.Item(7, "nearby", 0.9)),
            List.of(new RecommendationsDocument.Item(8, "mutual_follows", 3)));
    TrendsDocument trends =
        new TrendsDocument(
            "1h", "8928308280fffff", List.of(new TrendsDocument.Item("#java", 120, 40, 3.5)));
    long recommendationsVersion = fixture.publish(ServingDataset.RECOMMENDATIONS, recommendations);
    long trendsVersion = fixture.publish(ServingDataset.TRENDS, trends);

    HttpResponse<byte[]> people = http.get("/api/recommendations/102");
    HttpResponse<byte[]> tags = http.get("/api/trends?window=1h&region=8928308280fffff");

    assertThat(people.body()).isEqualTo(DocumentCodec.toBytes(recommendations));
    assertThat(DocumentCodec.fromBytes(people.body(), RecommendationsDocument.class))
        .isEqualTo(recommendations);
    assertThat(json(people).path("peopleYouMayKnow").get(0).path("reason").asText())
        .isEqualTo("mutual_follows");
    assertThat(header(people, "Nightshift-Version"))
        .isEqualTo(Long.toString(recommendationsVersion));
    assertThat(tags.body()).isEqualTo(DocumentCodec.toBytes(trends));
    assertThat(header(tags, "Nightshift-Version")).isEqualTo(Long.toString(trendsVersion));
    assertThat(http.get("/api/trends?window=24h&region=global").statusCode()).isEqualTo(404);
  }

  @Test
  void recommendations_pages_go_through_the_nearby_list_and_carry_people_you_may_know_whole() {
    List<RecommendationsDocument.Item> known =
        List.of(
            new RecommendationsDocument.Item(900, "mutual_follows", 5),
            new RecommendationsDocument.Item(901, "mutual_follows", 2));
    fixture.publish(
        ServingDataset.RECOMMENDATIONS,
        new RecommendationsDocument(
            109,
            List.of(
                new RecommendationsDocument.Item(1, "liked_you", 1.8),
                new RecommendationsDocument.Item(2, "nearby", 1.1),
                new RecommendationsDocument.Item(3, "nearby", 0.4)),
            known));

    HttpResponse<byte[]> first = http.get("/api/recommendations/109?limit=2");
    HttpResponse<byte[]> second =
        http.get(
            "/api/recommendations/109?limit=2&cursor=" + header(first, "Nightshift-Next-Cursor"));

    RecommendationsDocument firstPage =
        DocumentCodec.fromBytes(first.body(), RecommendationsDocument.class);
    RecommendationsDocument secondPage =
        DocumentCodec.fromBytes(second.body(), RecommendationsDocument.class);
    assertThat(firstPage.items())
        .extracting(RecommendationsDocument.Item::candidateId)
        .containsExactly(1L, 2L);
    assertThat(secondPage.items())
        .extracting(RecommendationsDocument.Item::candidateId)
        .containsExactly(3L);
    assertThat(firstPage.peopleYouMayKnow()).isEqualTo(known);
    assertThat(secondPage.peopleYouMayKnow()).isEqualTo(known);
    assertThat(header(second, "Nightshift-Next-Cursor")).isNull();
  }

  @Test
  void a_recommendations_version_stored_before_people_you_may_know_is_served_again_after_a_rollback() {
    byte[] older =
        "{\"userId\":110,\"items\":[{\"candidateId\":4,\"reason\":\"nearby\",\"score\":0.6}]}"
            .getBytes(StandardCharsets.UTF_8);
    StagedVersion staged = fixture.store.stage(ServingDataset.RECOMMENDATIONS, "before");
    staged.put("110", older, 1, java.util.OptionalDouble.of(0.6));
    staged.seal();
    fixture.store.publish(
        ServingDataset.RECOMMENDATIONS, staged.version(), ValidationBounds.ANY_NON_EMPTY);
    fixture.publish(
        ServingDataset.RECOMMENDATIONS,
        new RecommendationsDocument(
            110,
            List.of(new RecommendationsDocument.Item(4, "nearby", 0.7)),
            List.of(new RecommendationsDocument.Item(5, "mutual_follows", 2))));

    fixture.store.rollback(ServingDataset.RECOMMENDATIONS);
    HttpResponse<byte[]> response = http.get("/api/recommendations/110");

    assertThat(header(response, "Nightshift-Version"))
        .isEqualTo(Long.toString(staged.version()));
    assertThat(response.body()).isEqualTo(older);
    RecommendationsDocument decoded =
        DocumentCodec.fromBytes(response.body(), RecommendationsDocument.class);
    assertThat(decoded.items()).containsExactly(new RecommendationsDocument.Item(4, "nearby", 0.6));
    assertThat(decoded.peopleYouMayKnow()).isEmpty();
  }

  @Test
  void a_cursor_pages_through_one_version_even_across_a_publish() {
    long version = fixture.publish(ServingDataset.FEEDS, feed(103, 1000, 120));

    HttpResponse<byte[]> first = http.get("/api/feeds/103");
    assertThat(postIds(first)).hasSize(50).startsWith(1000L).endsWith(1049L);
    String cursor = header(first, "Nightshift-Next-Cursor");
    assertThat(header(first, "Link"))
        .isEqualTo("</api/feeds/103?limit=50&cursor=" + cursor + ">; rel=\"next\"");

    HttpResponse<byte[]> second = http.get("/api/feeds/103?limit=50&cursor=" + cursor);
    assertThat(postIds(second)).hasSize(50).startsWith(1050L).endsWith(1099L);
    assertThat(json(second).path("userId").asLong()).isEqualTo(103);

    long newer = fixture.publish(ServingDataset.FEEDS, feed(103, 5000, 120));
    HttpResponse<byte[]> last =
        http.get("/api/feeds/103?limit=50&cursor=" + header(second, "Nightshift-Next-Cursor"));
    assertThat(postIds(last)).hasSize(20).startsWith(1100L).endsWith(1119L);
    assertThat(header(last, "Nightshift-Version")).isEqualTo(Long.toString(version));
    assertThat(header(last, "Nightshift-Next-Cursor")).isNull();
    assertThat(header(http.get("/api/feeds/103?limit=10"), "Nightshift-Version"))
        .isEqualTo(Long.toString(newer));
  }

  @Test
  void a_matching_if_none_match_answers_304_until_a_new_version_is_published() {
    fixture.publish(ServingDataset.FEEDS, feed(104, 1, 3));
    String etag = header(http.get("/api/feeds/104"), "ETag");

    HttpResponse<byte[]> unchanged = http.get("/api/feeds/104", "If-None-Match", etag);
    assertThat(unchanged.statusCode()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();

    fixture.publish(ServingDataset.FEEDS, feed(104, 9, 3));
    HttpResponse<byte[]> changed = http.get("/api/feeds/104", "If-None-Match", etag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(postIds(changed)).containsExactly(9L, 10L, 11L);
  }

  @Test
  void an_unknown_user_is_a_404_problem() {
    long version = fixture.publish(ServingDataset.FEEDS, feed(105, 1, 3));

    HttpResponse<byte[]> response = http.get("/api/feeds/999999");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.path("type").asText()).isEqualTo("urn:nightshift:problem:not-found");
    assertThat(problem.path("title").asText()).isEqualTo("No such document");
    assertThat(problem.path("status").asInt()).isEqualTo(404);
    assertThat(problem.path("detail").asText())
        .isEqualTo("no feeds document for user 999999 in version " + version);
    assertThat(problem.path("version").asLong()).isEqualTo(version);
    assertThat(header(response, "Nightshift-Version")).isEqualTo(Long.toString(version));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/feeds/abc | userId",
        "/api/feeds/-5 | userId",
        "/api/feeds/ | userId",
        "/api/feeds/1/more | userId",
        "/api/recommendations/1x | userId",
        "/api/feeds/1?limit=0 | limit",
        "/api/feeds/1?limit=201 | limit",
        "/api/feeds/1?limit=ten | limit",
        "/api/feeds/1?cursor=%21%21 | cursor",
        "/api/feeds/1?cursor=aGVsbG8 | cursor",
        "/api/trends?window=1hour&region=global | window",
        "/api/trends?window=1h&region=Paris | region",
        "/api/trends?region=global | window",
        "/api/trends?window=1h | region"
      })
  void a_bad_parameter_is_a_400_problem_naming_it(String path, String parameter) {
    fixture.publish(ServingDataset.FEEDS, feed(1, 1, 3));

    HttpResponse<byte[]> response = http.get(path);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
    assertThat(json(response).path("parameter").asText()).isEqualTo(parameter);
    assertThat(json(response).path("detail").asText()).startsWith(parameter);
  }

  @Test
  void head_answers_the_headers_of_get_without_a_body() {
    long version = fixture.publish(ServingDataset.FEEDS, feed(108, 1, 3));

    HttpResponse<byte[]> response = http.head("/api/feeds/108");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Nightshift-Version")).isEqualTo(Long.toString(version));
    assertThat(header(response, "Content-Length"))
        .isEqualTo(Integer.toString(DocumentCodec.toBytes(feed(108, 1, 3)).length));
    assertThat(response.body()).isEmpty();
  }

  @Test
  void a_write_method_is_a_405_problem() {
    HttpResponse<byte[]> response = http.post("/api/feeds/1");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(header(response, "Allow")).isEqualTo("GET, HEAD");
    assertThat(json(response).path("type").asText())
        .isEqualTo("urn:nightshift:problem:method-not-allowed");
  }

  @Test
  void a_cursor_into_a_dropped_version_is_a_410_problem() {
    fixture.publish(ServingDataset.FEEDS, feed(106, 1, 80));
    String cursor = header(http.get("/api/feeds/106"), "Nightshift-Next-Cursor");
    for (int i = 0; i < 3; i++) {
      fixture.publish(ServingDataset.FEEDS, feed(106, 1, 80));
    }
    fixture.store.dropPastRetention(ServingDataset.FEEDS, 0);

    HttpResponse<byte[]> response = http.get("/api/feeds/106?cursor=" + cursor);

    assertThat(response.statusCode()).isEqualTo(410);
    assertThat(json(response).path("detail").asText()).contains("no longer served");
  }

  @Test
  void trends_page_with_a_link_that_keeps_window_and_region() {
    fixture.publish(
        ServingDataset.TRENDS,
        new TrendsDocument(
            "15m",
            "global",
            List.of(
                new TrendsDocument.Item("#a", 3, 2, 3.0),
                new TrendsDocument.Item("#b", 2, 2, 2.0),
                new TrendsDocument.Item("#c", 1, 1, 1.0))));

    HttpResponse<byte[]> first = http.get("/api/trends?window=15m&region=global&limit=2");

    String cursor = header(first, "Nightshift-Next-Cursor");
    assertThat(header(first, "Link"))
        .isEqualTo(
            "</api/trends?window=15m&region=global&limit=2&cursor=" + cursor + ">; rel=\"next\"");
    HttpResponse<byte[]> second = http.get("/api/trends?window=15m&region=global&cursor=" + cursor);
    assertThat(json(second).path("items").path(0).path("hashtag").asText()).isEqualTo("#c");
    assertThat(header(second, "Link")).isNull();
  }

  @Test
  void requests_run_on_threads_named_for_serving() {
    fixture.publish(ServingDataset.FEEDS, feed(107, 1, 3));
    http.get("/api/feeds/107");

    assertThat(Thread.getAllStackTraces().keySet())
        .extracting(Thread::getName)
        .anyMatch(name -> name.startsWith(ServingConnector.NAME_PREFIX));
  }

  @Test
  void the_connector_runs_two_threads_per_core_and_keeps_connections_for_many_requests() {
    ProtocolHandler handler =
        ((TomcatWebServer) webServer.getWebServer()).getTomcat().getConnector().getProtocolHandler();

    assertThat(((AbstractHttp11Protocol<?>) handler).getMaxKeepAliveRequests()).isEqualTo(10_000);
    assertThat(((ThreadPoolExecutor) handler.getExecutor()).getMaximumPoolSize())
        .isEqualTo(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
  }

  private static List<Long> postIds(HttpResponse<byte[]> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    StreamSupport.stream(json(response).path("items").spliterator(), false)
        .forEach(item -> ids.add(item.path("postId").asLong()));
    return ids;
  }
}
