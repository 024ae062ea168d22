package dev.nightshift.airflow.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Sends one request to Airflow and reads its JSON answer: the Authorization header, the timeout,
 * the retries of 5xx, 429 and connection errors with back-off and jitter, one renewal of the
 * credentials on a 401, and errors that say what Airflow answered about which DAG and run.
 */
final class AirflowHttp {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int QUOTED = 300;

  /** What to send, and which DAG and run it concerns (null when none) for the error messages. */
  record Call(String method, String path, Map<String, String> query, Object body, String dagId, String runId) {
    static Call get(String path, String dagId, String runId) {
      return new Call("GET", path, Map.of(), null, dagId, runId);
    }

    Call query(String name, Object value) {
      Map<String, String> more = new LinkedHashMap<>(query);
      if (value != null) {
        more.put(name, value.toString());
      }
      return new Call(method, path, more, body, dagId, runId);
    }

    String about() {
      return (dagId == null ? "" : " for DAG '" + dagId + "'") + (runId == null ? "" : ", run '" + runId + "'");
    }
  }

  private final AirflowConnection connection;
  private final HttpClient http;
  private volatile Credentials credentials = new NoCredentials();
  private volatile String describedAs;

  AirflowHttp(AirflowConnection connection, HttpClient http) {
    this.connection = connection;
    this.http = http;
    this.describedAs = connection.toString();
  }

  void use(Credentials credentials, ApiVersion version) {
    this.credentials = credentials;
    this.describedAs = connection.withVersion(version).toString();
  }

  /** Sends the call with the connection's credentials and gives the JSON answer. */
  JsonNode send(Call call) {
    return send(call, true);
  }

  /** Sends the call without credentials (to the token endpoint), retried as any other. */
  JsonNode sendWithoutCredentials(Call call) {
    return send(call, false);
  }

  private JsonNode send(Call call, boolean authorized) {
    boolean renewed = !authorized;
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> response;
      try {
        response = exchange(call, authorized);
      } catch (IOException e) {
        if (attempt < connection.retry().maxAttempts()) {
          pause(attempt);
          continue;
        }
        throw unreachable(call, attempt, e);
      }
      int status = response.statusCode();
      if (status == 401 && !renewed && credentials.renew()) {
        renewed = true;
        attempt--; // a renewal is not a retry of a failing server
        continue;
      }
      if ((status >= 500 || status == 429) && attempt < connection.retry().maxAttempts()) {
        pause(attempt);
        continue;
      }
      if (status / 100 != 2) {
        throw refused(call, response, attempt);
      }
      return parse(call, response);
    }
  }

  /** Sends the call once, without credentials or retries: a probe of what the server is. */
  HttpResponse<String> sendOnce(Call call) {
    try {
      return exchange(call, false);
    } catch (IOException e) {
      throw unreachable(call, 1, e);
    }
  }

  private JsonNode parse(Call call, HttpResponse<String> response) {
    String body = response.body();
    try {
      JsonNode node = JSON.readTree(body.isEmpty() ? "{}" : body);
      if (node == null || !node.isObject()) {
        throw new AirflowException(response.statusCode(), describe(call) + " answered "
            + response.statusCode() + " with something other than a JSON object: " + quote(body));
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new AirflowException(response.statusCode(), describe(call) + " answered "
          + response.statusCode() + " with a body that is not JSON ("
          + response.headers().firstValue("Content-Type").orElse("no Content-Type") + "): " + quote(body));
    }
  }

  private HttpResponse<String> exchange(Call call, boolean authorized) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(call))
        .timeout(connection.timeout())
        .header("Accept", "application/json");
    if (call.body() == null) {
      request.method(call.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(call.method(), HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(call.body())));
    }
    if (authorized) {
      credentials.authorization().ifPresent(value -> request.header("Authorization", value));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AirflowException(describe(call) + " was interrupted", e);
    }
  }

  private URI uri(Call call) {
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    call.query().forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return URI.create(connection.url() + call.path() + query);
  }

  private void pause(int attempt) {
    try {
      Thread.sleep(connection.retry().delayAfter(attempt).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AirflowException(describedAs + ": interrupted while waiting to retry", e);
    }
  }

  private AirflowException unreachable(Call call, int attempts, IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new AirflowException(describe(call) + " failed" + tries(attempts) + ": Airflow could not be reached ("
        + reason + ")", e);
  }

  private AirflowException refused(Call call, HttpResponse<String> response, int attempts) {
    return new AirflowException(response.statusCode(), describe(call) + " answered "
        + response.statusCode() + tries(attempts) + ": " + detail(response.body()));
  }

  private String describe(Call call) {
    return describedAs + ": " + call.method() + " " + call.path() + call.about();
  }

  private static String tries(int attempts) {
    return attempts > 1 ? " (after " + attempts + " attempts)" : "";
  }

  /** Airflow's own words: {@code detail} of v1's Error and v2's HTTPExceptionResponse, else the body. */
  private static String detail(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.isObject()) {
        JsonNode detail = node.path("detail");
        if (detail.isTextual() && !detail.asText().isBlank()) {
          return detail.asText();
        }
        if (!detail.isMissingNode() && !detail.isNull()) {
          return quote(detail.toString());
        }
        if (node.path("title").isTextual()) {
          return node.path("title").asText();
        }
      }
    } catch (JsonProcessingException e) {
      // not JSON: quoted below
    }
    return body.isBlank() ? "(no body)" : quote(body);
  }

  static String quote(String body) {
    String flat = body.replaceAll("\\s+", " ").strip();
    return "'" + (flat.length() > QUOTED ? flat.substring(0, QUOTED) + "…" : flat) + "'";
  }

  private static final class NoCredentials implements Credentials {
    @Override
    public java.util.Optional<String> authorization() {
      return java.util.Optional.empty();
    }

    @Override
    public boolean renew() {
      return false;
    }
  }
}
