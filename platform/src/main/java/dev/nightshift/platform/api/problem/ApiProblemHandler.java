package dev.nightshift.platform.api.problem;

import dev.nightshift.scheduler.dispatch.UnknownDagException;
import dev.nightshift.scheduler.run.DuplicateRunException;
import dev.nightshift.scheduler.run.IllegalStateTransitionException;
import dev.nightshift.scheduler.run.InvalidRunConfException;
import dev.nightshift.scheduler.run.TaskNotFinishedException;
import dev.nightshift.scheduler.store.ConcurrentRunModificationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every refusal of the REST API as an RFC 9457 problem: the caller's mistakes are 4xx naming
 * the parameter or field; only the server's own failures are 5xx, and never with a stack trace.
 */
@RestControllerAdvice(basePackages = "dev.nightshift.platform.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> refused(ApiException e, HttpServletRequest request) {
    return answer(e.status(), e.slug(), e.getMessage(), request, e.errors());
  }

  @ExceptionHandler(UnknownDagException.class)
  ResponseEntity<ProblemDetail> unknownDag(UnknownDagException e, HttpServletRequest request) {
    return answer(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), request, List.of());
  }

  @ExceptionHandler(InvalidRunConfException.class)
  ResponseEntity<ProblemDetail> invalidConf(InvalidRunConfException e,
      HttpServletRequest request) {
    return answer(HttpStatus.BAD_REQUEST, "invalid-conf", e.getMessage(), request,
        List.of(FieldProblem.body("conf", e.getMessage())));
  }

  @ExceptionHandler({DuplicateRunException.class, TaskNotFinishedException.class,
      IllegalStateTransitionException.class, ConcurrentRunModificationException.class})
  ResponseEntity<ProblemDetail> conflict(RuntimeException e, HttpServletRequest request) {
    return answer(HttpStatus.CONFLICT, "conflict", e.getMessage(), request, List.of());
  }

  /** The scheduler refuses impossible requests (a manual DAG to backfill) with this. */
  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e, HttpServletRequest request) {
    return answer(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage(), request, List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> failed(Exception e, HttpServletRequest request) {
    log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
    return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
        "The server failed to answer this request; its log has the details.", request, List.of());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    Optional<BodyTooLargeException> tooLarge = cause(e, BodyTooLargeException.class);
    if (tooLarge.isPresent()) {
      return body(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", tooLarge.get().getMessage(),
          List.of());
    }
    Optional<UnrecognizedPropertyException> unknown =
        cause(e, UnrecognizedPropertyException.class);
    if (unknown.isPresent()) {
      String field = path(unknown.get());
      String known = unknown.get().getKnownPropertyIds() == null ? ""
          : "; known fields: " + unknown.get().getKnownPropertyIds().stream()
              .map(Object::toString).sorted().collect(Collectors.joining(", "));
      return body(HttpStatus.BAD_REQUEST, "invalid-body", "unknown field '" + field + "'" + known,
          List.of(FieldProblem.body(field, "unknown field")));
    }
    Optional<StreamReadException> malformed = cause(e, StreamReadException.class);
    if (malformed.isPresent()) {
      return body(HttpStatus.BAD_REQUEST, "malformed-json",
          "The body is not valid JSON" + where(malformed.get().getLocation()) + ": "
              + malformed.get().getOriginalMessage(), List.of());
    }
    Optional<JacksonException> mismatch = cause(e, JacksonException.class);
    if (mismatch.isPresent() && !mismatch.get().getPath().isEmpty()) {
      String field = path(mismatch.get());
      return body(HttpStatus.BAD_REQUEST, "invalid-body",
          "field '" + field + "' is invalid: " + mismatch.get().getOriginalMessage(),
          List.of(FieldProblem.body(field, mismatch.get().getOriginalMessage())));
    }
    return body(HttpStatus.BAD_REQUEST, "invalid-body",
        "The request needs a JSON object body" + mismatch.map(m -> ": " + m.getOriginalMessage())
            .orElse("."), List.of());
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
    String type = e.getRequiredType() == null ? "another type"
        : e.getRequiredType().getSimpleName().toLowerCase();
    String message = "'" + e.getValue() + "' is not a valid " + type;
    return body(HttpStatus.BAD_REQUEST, "invalid-parameter", name + ": " + message,
        List.of(FieldProblem.parameter(name, message)));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    return body(HttpStatus.BAD_REQUEST, "invalid-parameter",
        "query parameter '" + e.getParameterName() + "' is required",
        List.of(FieldProblem.parameter(e.getParameterName(), "required")));
  }

  private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String slug,
      String detail, HttpServletRequest request, List<FieldProblem> errors) {
    return ResponseEntity.status(status)
        .body(ProblemWriter.problem(status, slug, detail, request.getRequestURI(), errors));
  }

  private static ResponseEntity<Object> body(HttpStatus status, String slug, String detail,
      List<FieldProblem> errors) {
    return ResponseEntity.status(status)
        .body(ProblemWriter.problem(status, slug, detail, null, errors));
  }

  private static String path(JacksonException e) {
    return e.getPath().stream()
        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
        .collect(Collectors.joining("."));
  }

  private static String where(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 0 ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
