package dev.nightshift.airflow.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Airflow 3's bearer tokens: fetched from {@code POST /auth/token} with the user name and
 * password, fetched again shortly before the token's {@code exp} claim says it expires, and once
 * when Airflow answers 401 (its {@code jwt_expiration_time} may be shorter than the claim says).
 */
final class TokenCredentials implements Credentials {
  /** A token this close to its expiry is replaced before it is used. */
  static final Duration RENEW_BEFORE = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Function<Map<String, Object>, JsonNode> tokenEndpoint;
  private final AirflowConnection connection;
  private final InstantSource clock;
  private String token;
  private Instant renewAt;

  /** {@code tokenEndpoint} posts the body to {@code /auth/token} and gives Airflow's JSON answer. */
  TokenCredentials(AirflowConnection connection, InstantSource clock,
      Function<Map<String, Object>, JsonNode> tokenEndpoint) {
    this.connection = connection;
    this.clock = clock;
    this.tokenEndpoint = tokenEndpoint;
  }

  @Override
  public synchronized Optional<String> authorization() {
    if (!connection.hasCredentials()) {
      return Optional.empty();
    }
    if (token == null || (renewAt != null && !clock.instant().isBefore(renewAt))) {
      fetch();
    }
    return Optional.of("Bearer " + token);
  }

  @Override
  public synchronized boolean renew() {
    if (!connection.hasCredentials()) {
      return false;
    }
    token = null;
    return true;
  }

  private void fetch() {
    JsonNode answer = tokenEndpoint.apply(
        Map.of("username", connection.username(), "password", nullToEmpty(connection.password())));
    JsonNode accessToken = answer.get("access_token");
    if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isEmpty()) {
      throw new AirflowException(0, connection + " answered POST /auth/token without an access_token");
    }
    token = accessToken.asText();
    Instant now = clock.instant();
    Duration lifetime = lifetime(token, now);
    // Renewing ahead must leave a short-lived token some use: at most half its life early.
    renewAt = lifetime == null ? null
        : now.plus(lifetime).minus(RENEW_BEFORE.compareTo(lifetime.dividedBy(2)) < 0 ? RENEW_BEFORE : lifetime.dividedBy(2));
  }

  /**
   * How long the token lives: {@code exp - iat} of the JWT, measured from now so that a clock
   * that differs from Airflow's does not matter; {@code exp - now} without {@code iat}; null when
   * the token is not a JWT we can read (it is then renewed on a 401 only).
   */
  private static Duration lifetime(String token, Instant now) {
    String[] parts = token.split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
      JsonNode exp = claims.get("exp");
      JsonNode iat = claims.get("iat");
      if (exp == null || !exp.canConvertToLong()) {
        return null;
      }
      Instant from = iat != null && iat.canConvertToLong() ? Instant.ofEpochSecond(iat.asLong()) : now;
      Duration lifetime = Duration.between(from, Instant.ofEpochSecond(exp.asLong()));
      return lifetime.isNegative() || lifetime.isZero() ? null : lifetime;
    } catch (Exception e) {
      return null; // an opaque token: renewed only on a 401
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
