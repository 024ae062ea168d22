package dev.nightshift.platform.api.auth;

import dev.nightshift.platform.api.ApiConfiguration;
import dev.nightshift.platform.api.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the token of API requests: writes always need one with the {@code write} right, reads
 * only when configured so. Health and version stay open for probes. A token comes as a bearer
 * token, or as HTTP Basic credentials (the token's name as user, its value as password) the way
 * Airflow 2's clients send theirs.
 */
public final class TokenFilter extends OncePerRequestFilter {
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> OPEN_PATHS =
      Set.of(ApiConfiguration.BASE + "/health", ApiConfiguration.BASE + "/version");

  private final Tokens tokens;
  private final boolean readRequiresToken;
  private final ProblemWriter problems;

  public TokenFilter(Tokens tokens, boolean readRequiresToken, ProblemWriter problems) {
    this.tokens = tokens;
    this.readRequiresToken = readRequiresToken;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Right needed = READ_METHODS.contains(request.getMethod()) ? Right.READ : Right.WRITE;
    boolean open =
        OPEN_PATHS.contains(request.getRequestURI())
            || (needed == Right.READ && !readRequiresToken);
    if (open) {
      chain.doFilter(request, response);
      return;
    }
    String header = request.getHeader("Authorization");
    Optional<String> presented = bearer(header);
    Optional<String[]> basic = basic(header);
    if (presented.isEmpty() && basic.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"nightshift\", Basic realm=\"nightshift\"");
      problems.write(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "unauthorized",
          "This request needs a bearer token: send 'Authorization: Bearer <token>', or HTTP Basic auth"
              + " with the token's name as user and its value as password.");
      return;
    }
    Optional<ApiToken> token = presented.isPresent() ? tokens.match(presented.get())
        : tokens.match(basic.get()[1]).filter(t -> t.name().equals(basic.get()[0]));
    if (token.isEmpty()) {
      response.setHeader(
          "WWW-Authenticate", "Bearer realm=\"nightshift\", error=\"invalid_token\"");
      problems.write(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "unauthorized",
          presented.isPresent() ? "The bearer token is not known to this server."
              : "The user name and password are not a token's name and value on this server.");
      return;
    }
    if (!token.get().allows(needed)) {
      problems.write(
          request,
          response,
          HttpStatus.FORBIDDEN,
          "forbidden",
          "Token '"
              + token.get().name()
              + "' lacks the '"
              + needed.name().toLowerCase()
              + "' right this request needs.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** User and password of HTTP Basic credentials; empty when the header is not Basic or unreadable. */
  private static Optional<String[]> basic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).strip()),
          java.nio.charset.StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? Optional.empty()
          : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String value = header.substring(7).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
