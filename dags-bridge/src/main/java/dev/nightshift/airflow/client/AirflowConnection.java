package dev.nightshift.airflow.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where an Airflow is and how to log in to it.
 *
 * @param name the name DAG files use for it
 * @param url the Airflow web server's root, e.g. {@code http://airflow:8080}; the API paths and
 *     {@code /auth/token} are resolved against it
 * @param version the API to speak; null detects it from the server
 * @param timeout the limit of one HTTP request
 */
public record AirflowConnection(
    String name, URI url, ApiVersion version, String username, String password,
    Duration timeout, RetryPolicy retry) {

  public AirflowConnection {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(retry, "retry");
    if (url.getUserInfo() != null) {
      throw new IllegalArgumentException("Airflow connection '" + name
          + "': put the user name and password in its username/password settings, not in the URL");
    }
    String text = url.toString();
    url = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  public static AirflowConnection of(String name, URI url, String username, String password) {
    return new AirflowConnection(name, url, null, username, password, Duration.ofSeconds(30),
        RetryPolicy.DEFAULT);
  }

  public AirflowConnection withVersion(ApiVersion version) {
    return new AirflowConnection(name, url, version, username, password, timeout, retry);
  }

  public AirflowConnection withRetry(RetryPolicy retry) {
    return new AirflowConnection(name, url, version, username, password, timeout, retry);
  }

  public AirflowConnection withTimeout(Duration timeout) {
    return new AirflowConnection(name, url, version, username, password, timeout, retry);
  }

  boolean hasCredentials() {
    return username != null && !username.isEmpty();
  }

  /** Never shows the password: connections end up in logs and error messages. */
  @Override
  public String toString() {
    return "Airflow connection '" + name + "' (" + url + (version == null ? "" : ", " + version)
        + (hasCredentials() ? ", user '" + username + "'" : "") + ")";
  }
}
