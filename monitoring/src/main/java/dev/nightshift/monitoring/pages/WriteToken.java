package dev.nightshift.monitoring.pages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The bearer token that writes from the pages need. With no token configured, every write is
 * refused: the pages are then read-only.
 */
public final class WriteToken {
  private final String expected;

  /** @param expected the configured token; null or blank disables writes */
  public WriteToken(String expected) {
    this.expected = expected == null || expected.isBlank() ? null : expected;
  }

  /** @throws ResponseStatusException 401 without a matching {@code Authorization: Bearer} header */
  void check(String authorization) {
    if (expected == null) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "writes are disabled: set nightshift.api.token to allow them");
    }
    String given = authorization != null && authorization.startsWith("Bearer ")
        ? authorization.substring("Bearer ".length()) : "";
    // Constant-time comparison, so the token cannot be guessed from response times.
    if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8))) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing or wrong bearer token");
    }
  }
}
