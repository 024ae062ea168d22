package dev.nightshift.platform.cli.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the REST API under {@code /api/v1}; errors become {@link ApiCallException}. */
public final class NightshiftClient {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final String baseUrl;
  private final String token;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public NightshiftClient(String baseUrl, String token) {
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.token = token;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public JsonNode get(String path) {
    return send("GET", path, null);
  }

  public JsonNode post(String path, Object body) {
    return send("POST", path, body);
  }

  public JsonNode patch(String path, Object body) {
    return send("PATCH", path, body);
  }

  /** A path segment or query value, percent-encoded. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code /dags/DAG/dagRuns/RUN} with both ids percent-encoded. */
  public static String runPath(String dagId, String runId) {
    return "/dags/" + encode(dagId) + "/dagRuns/" + encode(runId);
  }

  public static JsonMapper json() {
    return JSON;
  }

  private JsonNode send(String method, String path, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1" + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    if (token != null && !token.isBlank()) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new ServerUnreachableException(baseUrl);
    } catch (IOException e) {
      throw new ServerUnreachableException(baseUrl + " (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerUnreachableException(baseUrl + " (interrupted)");
    }
    if (response.statusCode() >= 400) {
      throw new ApiCallException(response.statusCode(), detail(response));
    }
    return JSON.readTree(response.body());
  }

  private static String detail(HttpResponse<String> response) {
    try {
      JsonNode problem = JSON.readTree(response.body());
      if (problem.hasNonNull("detail")) {
        return problem.get("detail").asString();
      }
    } catch (JacksonException notJson) {
      // fall through to the status line
    }
    return "the server answered " + response.statusCode();
  }
}
