package dev.nightshift.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Generated malformed requests, seeded for repeatability: none may make the server answer 5xx. */
class ApiFuzzTest {
  static final TestServer server = TestServer.shared();
  static final long SEED = 20261125L;
  static final int REQUESTS = 1200;

  static final String[] SEGMENTS = {
    "dags",
    "greet",
    "daily",
    "slow",
    "nope",
    "~",
    "dagRuns",
    "taskInstances",
    "say",
    "logs",
    "1",
    "-1",
    "0",
    "99999999999999999999",
    "tries",
    "backfills",
    "importErrors",
    "versions",
    "source",
    "clearTaskInstances",
    "health",
    "version",
    "%20",
    "%00",
    "..",
    "a%2Fb",
    "ü",
    "with-params",
    "tasks",
    // Never feeds or trends: the serving tests roll those back and count on their versions.
    "serving",
    "recommendations",
    "rollback",
    "",
    "x".repeat(300)
  };
  static final String[] METHODS = {"GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS"};
  static final String[] PARAMS = {
    "limit",
    "offset",
    "state",
    "tags",
    "paused",
    "only_active",
    "logical_date_gte",
    "logical_date_lte",
    "start_date_gte",
    "order_by",
    "max_bytes",
    "dag_id_pattern"
  };
  static final String[] VALUES = {
    "",
    "-1",
    "0",
    "1",
    "1001",
    "abc",
    "2026-13-45",
    "2026-01-01",
    "true",
    "null",
    "%25",
    "9223372036854775808",
    "-logical_date",
    "running",
    "[]",
    "{}"
  };
  static final String[] BODIES = {
    "",
    "{",
    "}",
    "[]",
    "null",
    "true",
    "1",
    "\"s\"",
    "{\"conf\":",
    "{\"conf\": []}",
    "{\"conf\": {\"n\": \"x\"}}",
    "{\"is_paused\": \"yes\"}",
    "{\"is_paused\": null}",
    "{\"state\": 5}",
    "{\"new_state\": \"maybe\"}",
    "{\"task_ids\": \"say\"}",
    "{\"dag_run_id\": {}}",
    "{\"from_date\": 1, \"to_date\": []}",
    "{\"logical_date\": \"2026-02-30T25:00:00Z\"}",
    "{\"a\":1,\"a\":2}",
    "\u0000\u0001",
    "{\"conf\": {\"x\": " + "[".repeat(2000) + "}}",
    "{\"dag_run_id\": \"" + "r".repeat(400) + "\"}"
  };
  static final String[] CONTENT_TYPES = {
    "application/json",
    "text/plain",
    "application/xml",
    "application/json; charset=latin1",
    "multipart/form-data",
    "",
    "*/*",
    "application/json;;"
  };
  static final String[] ACCEPTS = {
    "application/json",
    "text/html",
    "application/xml",
    "*/*",
    "image/png",
    "application/problem+json"
  };

  @Test
  void noGeneratedMalformedRequestGetsA5xxAndTheServerStillAnswers() throws Exception {
    Random random = new Random(SEED);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<String> serverErrors = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      HttpRequest request = request(random);
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (java.io.IOException refusedByTheClientOrServer) {
        continue;
      }
      if (response.statusCode() >= 500) {
        serverErrors.add(
            request.method()
                + " "
                + request.uri()
                + " -> "
                + response.statusCode()
                + " "
                + response.body());
      }
    }

    assertThat(serverErrors).isEmpty();
    assertThat(server.get("/api/v1/health").statusCode()).isEqualTo(200);
  }

  private static HttpRequest request(Random random) {
    StringBuilder path = new StringBuilder("/api/v1");
    int depth = random.nextInt(7);
    for (int i = 0; i < depth; i++) {
      path.append('/').append(pick(random, SEGMENTS));
    }
    if (random.nextBoolean()) {
      path.append('?');
      int params = 1 + random.nextInt(3);
      for (int i = 0; i < params; i++) {
        path.append(i == 0 ? "" : "&")
            .append(pick(random, PARAMS))
            .append('=')
            .append(pick(random, VALUES));
      }
    }
    String body =
        random.nextInt(3) == 0 ? mangle(random, pick(random, BODIES)) : pick(random, BODIES);
    String method = pick(random, METHODS);
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(URI.create(server.url() + path));
    } catch (IllegalArgumentException unencodable) {
      builder = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/dags"));
    }
    builder
        .timeout(Duration.ofSeconds(30))
        .method(
            method,
            method.equals("GET") || method.equals("HEAD") || body.isEmpty()
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    String contentType = pick(random, CONTENT_TYPES);
    if (!contentType.isEmpty()) {
      builder.header("Content-Type", contentType);
    }
    builder.header("Accept", pick(random, ACCEPTS));
    switch (random.nextInt(4)) {
      case 0 -> builder.header("Authorization", "Bearer " + TestServer.WRITE_TOKEN);
      case 1 -> builder.header("Authorization", "Bearer " + TestServer.READ_TOKEN);
      case 2 ->
          builder.header(
              "Authorization",
              pick(
                  random,
                  new String[] {
                    "Bearer",
                    "Basic x",
                    "Bearer  ",
                    "bearer " + TestServer.WRITE_TOKEN,
                    "Bearer wrong"
                  }));
      default -> {}
    }
    return builder.build();
  }

  private static String mangle(Random random, String body) {
    StringBuilder mangled = new StringBuilder(body);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = mangled.isEmpty() ? 0 : random.nextInt(mangled.length() + 1);
      String noise = "{}[]\",:\\0x ";
      char c = noise.charAt(random.nextInt(noise.length()));
      if (random.nextBoolean() && at < mangled.length()) {
        mangled.deleteCharAt(at);
      } else {
        mangled.insert(at, c);
      }
    }
    return mangled.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
