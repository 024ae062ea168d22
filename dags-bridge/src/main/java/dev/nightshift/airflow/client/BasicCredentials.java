package dev.nightshift.airflow.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** HTTP Basic auth, as Airflow 2's basic_auth backend takes it. */
final class BasicCredentials implements Credentials {
  private final Optional<String> header;

  BasicCredentials(AirflowConnection connection) {
    header = connection.hasCredentials()
        ? Optional.of("Basic " + Base64.getEncoder().encodeToString(
            (connection.username() + ":" + nullToEmpty(connection.password()))
                .getBytes(StandardCharsets.UTF_8)))
        : Optional.empty();
  }

  @Override
  public Optional<String> authorization() {
    return header;
  }

  @Override
  public boolean renew() {
    return false; // the same user and password would be refused again
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
