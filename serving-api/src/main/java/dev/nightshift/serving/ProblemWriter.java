package dev.nightshift.serving;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link ServingProblem} as an RFC 9457 {@code application/problem+json} body: from the
 * serving filter, and from the container for the requests it refuses before any filter runs.
 */
final class ProblemWriter {
  static final String PROBLEM_JSON = "application/problem+json";

  private final JsonMapper json;

  ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  void write(ServingProblem problem, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object version = problem.properties().get("version");
    if (version != null) {
      response.setHeader(ServingFilter.VERSION_HEADER, version.toString());
    }
    response.setStatus(problem.status().value());
    response.setContentType(PROBLEM_JSON);
    response.getOutputStream().write(body(problem, request.getRequestURI()));
  }

  /** The document; {@code instance} is left out when the request had no readable target. */
  byte[] body(ServingProblem problem, String instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type().toString());
    body.put("title", problem.title());
    body.put("status", problem.status().value());
    body.put("detail", problem.getMessage());
    if (instance != null && !instance.isEmpty()) {
      body.put("instance", instance);
    }
    body.putAll(problem.properties());
    return json.writeValueAsBytes(body);
  }
}
