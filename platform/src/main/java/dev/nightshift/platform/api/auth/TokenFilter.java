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
 * Checks the bearer token of API requests: writes always need one with the {@code write} right,
 * reads only when configured so. Health and version stay open for probes.
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
    Optional<String> presented = bearer(request.getHeader("Authorization"));
    if (presented.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"nightshift\"");
      problems.write(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "unauthorized",
          "This request needs a bearer token: send 'Authorization: Bearer <token>'.");
      return;
    }
    Optional<ApiToken> token = tokens.match(presented.get());
    if (token.isEmpty()) {
      response.setHeader(
          "WWW-Authenticate", "Bearer realm=\"nightshift\", error=\"invalid_token\"");
      problems.write(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "unauthorized",
          "The bearer token is not known to this server.");
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

  private static Optional<String> bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String value = header.substring(7).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
