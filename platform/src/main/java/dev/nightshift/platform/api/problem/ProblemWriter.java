package dev.nightshift.platform.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds the API's RFC 9457 problem documents, and writes them where no controller is involved. */
@Component
public final class ProblemWriter {
  private final JsonMapper json;

  ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  /** A problem document; {@code slug} becomes the type {@code urn:nightshift:problem:<slug>}. */
  public static ProblemDetail problem(
      HttpStatus status, String slug, String detail, String instance, List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:nightshift:problem:" + slug));
    problem.setTitle(status.getReasonPhrase());
    if (instance != null) {
      problem.setInstance(URI.create(instance));
    }
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  /** Writes a problem from a servlet filter, before any controller runs. */
  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String slug,
      String detail)
      throws IOException {
    ProblemDetail problem = problem(status, slug, detail, request.getRequestURI(), List.of());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.writeValueAsString(problem));
  }
}
