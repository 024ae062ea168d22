package dev.nightshift.serving;

import static dev.nightshift.serving.HttpFixture.header;
import static dev.nightshift.serving.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

// A property of its own gives this class its own application context, hence its own empty store.
@TestPropertySource(properties = "spring.application.name=serving-empty-store")
class EmptyStoreTest extends ServingApiTestBase {

  @Test
  void before_the_first_publish_every_endpoint_answers_503_with_a_clear_detail() {
    HttpResponse<byte[]> response = http.get("/api/feeds/1");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
    assertThat(json(response).path("detail").asText())
        .isEqualTo(
            "no version of feeds has been published yet; the API answers once the first one is");
    assertThat(http.get("/api/trends?window=1h&region=global").statusCode()).isEqualTo(503);
    assertThat(http.get("/api/recommendations/1").statusCode()).isEqualTo(503);
  }
}
