package dev.nightshift.platform.api.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A request the API refuses, with the problem document to answer. */
public class ApiException extends RuntimeException {
  private final HttpStatus status;
  private final String slug;
  private final List<FieldProblem> errors;

  public ApiException(HttpStatus status, String slug, String detail, List<FieldProblem> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.errors = List.copyOf(errors);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, "not-found", detail, List.of());
  }

  public static ApiException invalid(FieldProblem problem) {
    return new ApiException(
        HttpStatus.BAD_REQUEST,
        "invalid-request",
        problem.field() + ": " + problem.message(),
        List.of(problem));
  }

  public HttpStatus status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public List<FieldProblem> errors() {
    return errors;
  }
}
