package dev.nightshift.airflow.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.airflow.client.ApiVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fake holds requests to the official specs: what a client gets wrong is caught. */
class FakeAirflowTest {

  private static HttpResponse<String> send(FakeAirflow airflow, String method, String path, String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(airflow.url() + path))
            .header("Content-Type", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .build(), HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_trigger_body_against_the_schema_is_refused_and_recorded(ApiVersion version) throws Exception {
    try (FakeAirflow airflow = new FakeAirflow(version).quickDag("export", true)) {
      HttpResponse<String> answer = send(airflow, "POST", version.basePath() + "/dags/export/dagRuns",
          "{\"dag_run_id\": 5, \"conf\": \"not an object\"}");

      assertThat(answer.statusCode()).isEqualTo(version == ApiVersion.V1 ? 400 : 422);
      assertThat(airflow.violations()).singleElement().asString()
          .contains("request POST " + version.basePath() + "/dags/export/dagRuns").contains("conf");
    }
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void an_undeclared_query_parameter_is_recorded(ApiVersion version) throws Exception {
    try (FakeAirflow airflow = new FakeAirflow(version).quickDag("export", true)) {
      send(airflow, "GET", version.basePath() + "/dags?limit=10&colour=blue", null);

      assertThat(airflow.violations()).singleElement().asString().contains("'colour' is not declared");
    }
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void an_answer_missing_a_required_field_is_caught(ApiVersion version) {
    OpenApiSpec spec = version == ApiVersion.V1
        ? new OpenApiSpec("/airflow-openapi/v1.yaml", "/api/v1") : new OpenApiSpec("/airflow-openapi/v2.yaml", "");
    OpenApiSpec.Operation op = spec.operation("GET", version.basePath() + "/dags/export/dagRuns/r1").orElseThrow();

    assertThat(spec.checkResponse(op, 200, "application/json", "{\"dag_id\": \"export\", \"state\": \"exploded\"}"))
        .anyMatch(problem -> problem.contains("state"));
    assertThat(spec.checkResponse(op, 404, "text/html", "<html/>")).singleElement().asString().contains("text/html");
  }
}
