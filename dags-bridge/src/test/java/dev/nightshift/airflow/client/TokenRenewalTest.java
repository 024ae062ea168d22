package dev.nightshift.airflow.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.airflow.fake.FakeAirflow;
import dev.nightshift.airflow.fake.SettableClock;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Airflow 3's bearer tokens are fetched once, renewed before they expire, and once on a 401. */
class TokenRenewalTest {
  private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private FakeAirflow airflow;
  private AirflowClient client;

  @BeforeEach
  void open() {
    airflow = new FakeAirflow(ApiVersion.V2, clock).tokenLifetime(Duration.ofMinutes(10));
    airflow.quickDag("export", true);
    client = new AirflowClients(HttpClient.newHttpClient(), clock).open(
        AirflowConnection.of("main", airflow.url(), FakeAirflow.USER, FakeAirflow.PASSWORD)
            .withRetry(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20))));
  }

  @AfterEach
  void close() {
    assertThat(airflow.violations()).isEmpty();
    airflow.close();
  }

  @Test
  void one_token_serves_every_request_while_it_is_valid() {
    for (int i = 0; i < 5; i++) {
      client.getDag("export");
      clock.advance(Duration.ofMinutes(1));
    }

    assertThat(airflow.count("POST /auth/token")).isEqualTo(1);
    assertThat(airflow.authorizations()).allMatch(h -> h.startsWith("Bearer "));
  }

  @Test
  void a_token_about_to_expire_is_renewed_before_it_is_refused() {
    client.getDag("export");
    clock.advance(Duration.ofMinutes(10).minus(TokenCredentials.RENEW_BEFORE));

    client.getDag("export");

    assertThat(airflow.count("POST /auth/token")).isEqualTo(2);
    assertThat(airflow.requests()).noneMatch(r -> r.contains("401"));
  }

  @Test
  void a_refused_token_is_renewed_once_and_the_request_sent_again() {
    client.getDag("export");
    airflow.revokeTokens();

    assertThat(client.getDag("export").dagId()).isEqualTo("export");
    assertThat(airflow.count("POST /auth/token")).isEqualTo(2);
    assertThat(airflow.count("GET /api/v2/dags/export")).isEqualTo(3);
  }
}
