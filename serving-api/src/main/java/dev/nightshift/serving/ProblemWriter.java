package dev.nightshift.serving;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link ServingProblem} as an RFC 9457 {@code application/problem+json} body. */
final class ProblemWriter {
  private final JsonMapper json;

  ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  void write(ServingProblem problem, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type().toString());
    body.put("title", problem.title());
    body.put("status", problem.status().value());
    body.put("detail", problem.getMessage());
    body.put("instance", request.getRequestURI());
    body.putAll(problem.properties());
    Object version = problem.properties().get("version");
    if (version != null) {
      response.setHeader(ServingFilter.VERSION_HEADER, version.toString());
    }
    response.setStatus(problem.status().value());
    response.setContentType("application/problem+json");
    json.writeValue(response.getOutputStream(), body);
  }
}
