package dev.nightshift.airflow.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.airflow.client.AirflowHttp.Call;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.InstantSource;
import java.util.Map;

/**
 * Opens an {@link AirflowClient}: the connection's API version, or the one the server answers
 * {@code /api/v2/version} (Airflow 3) or else {@code /api/v1/version} (Airflow 2) for.
 */
public final class AirflowClients {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
  private final HttpClient http;
  private final InstantSource clock;

  public AirflowClients(HttpClient http, InstantSource clock) {
    this.http = http;
    this.clock = clock;
  }

  public AirflowClients() {
    this(HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build(), InstantSource.system());
  }

  public AirflowClient open(AirflowConnection connection) {
    AirflowHttp transport = new AirflowHttp(connection, http);
    ApiVersion version = connection.version() != null ? connection.version() : detect(connection, transport);
    Credentials credentials = version == ApiVersion.V1
        ? new BasicCredentials(connection)
        : new TokenCredentials(connection, clock, body ->
            transport.sendWithoutCredentials(new Call("POST", "/auth/token", Map.of(), body, null, null)));
    transport.use(credentials, version);
    JsonNode about = transport.send(Call.get(version.basePath() + "/version", null, null));
    return new HttpAirflowClient(version, about.path("version").asText("unknown"), transport);
  }

  private static boolean saysVersion(String body) {
    try {
      return JSON.readTree(body).path("version").isTextual();
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static ApiVersion detect(AirflowConnection connection, AirflowHttp transport) {
    StringBuilder answers = new StringBuilder();
    for (ApiVersion candidate : new ApiVersion[] {ApiVersion.V2, ApiVersion.V1}) {
      HttpResponse<String> answer = transport.sendOnce(Call.get(candidate.basePath() + "/version", null, null));
      int status = answer.statusCode();
      if ((status / 100 == 2 && saysVersion(answer.body())) || status == 401 || status == 403) {
        return candidate; // the API exists, whether or not it lets us in yet
      }
      answers.append(answers.isEmpty() ? "" : ", ").append(candidate.basePath()).append("/version answered ")
          .append(status).append(status / 100 == 2 ? " without an Airflow version: " + AirflowHttp.quote(answer.body()) : "");
    }
    throw new AirflowException(0, connection + " does not look like Airflow: " + answers
        + "; check its url, or set its version (v1 or v2)");
  }
}
