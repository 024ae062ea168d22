package dev.nightshift.platform.api.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Spring MVC's own refusals (unreadable body, wrong parameter type, missing parameter, 404, 405,
 * 415, ...) as problems that say what was wrong, typed {@code urn:nightshift:problem:<slug>}.
 */
abstract class SpringProblems extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Optional<BodyTooLargeException> tooLarge = cause(e, BodyTooLargeException.class);
    if (tooLarge.isPresent()) {
      return body(
          HttpStatus.CONTENT_TOO_LARGE, "body-too-large", tooLarge.get().getMessage(), List.of());
    }
    Optional<UnrecognizedPropertyException> unknown = cause(e, UnrecognizedPropertyException.class);
    if (unknown.isPresent()) {
      String field = path(unknown.get());
      String known =
          unknown.get().getKnownPropertyIds() == null
              ? ""
              : "; known fields: "
                  + unknown.get().getKnownPropertyIds().stream()
                      .map(Object::toString)
                      .sorted()
                      .collect(Collectors.joining(", "));
      return body(
          HttpStatus.BAD_REQUEST,
          "invalid-body",
          "unknown field '" + field + "'" + known,
          List.of(FieldProblem.body(field, "unknown field")));
    }
    Optional<StreamReadException> malformed = cause(e, StreamReadException.class);
    if (malformed.isPresent()) {
      return body(
          HttpStatus.BAD_REQUEST,
          "malformed-json",
          "The body is not valid JSON"
              + where(malformed.get().getLocation())
              + ": "
              + malformed.get().getOriginalMessage(),
          List.of());
    }
    Optional<JacksonException> mismatch = cause(e, JacksonException.class);
    if (mismatch.isPresent() && !mismatch.get().getPath().isEmpty()) {
      String field = path(mismatch.get());
      return body(
          HttpStatus.BAD_REQUEST,
          "invalid-body",
          "field '" + field + "' is invalid: " + mismatch.get().getOriginalMessage(),
          List.of(FieldProblem.body(field, mismatch.get().getOriginalMessage())));
    }
    return body(
        HttpStatus.BAD_REQUEST,
        "invalid-body",
        "The request needs a JSON object body"
            + mismatch.map(m -> ": " + m.getOriginalMessage()).orElse("."),
        List.of());
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
    String type =
        e.getRequiredType() == null
            ? "another type"
            : e.getRequiredType().getSimpleName().toLowerCase();
    String message = "'" + e.getValue() + "' is not a valid " + type;
    return body(
        HttpStatus.BAD_REQUEST,
        "invalid-parameter",
        name + ": " + message,
        List.of(FieldProblem.parameter(name, message)));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return body(
        HttpStatus.BAD_REQUEST,
        "invalid-parameter",
        "query parameter '" + e.getParameterName() + "' is required",
        List.of(FieldProblem.parameter(e.getParameterName(), "required")));
  }

  @Override
  protected ResponseEntity<Object> handleServletRequestBindingException(
      ServletRequestBindingException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (e instanceof RepeatedParameterException repeated) {
      return body(
          HttpStatus.BAD_REQUEST,
          "invalid-parameter",
          repeated.getMessage(),
          List.of(FieldProblem.parameter(repeated.parameter(), "given more than once")));
    }
    return super.handleServletRequestBindingException(e, headers, status, request);
  }

  /** The body Spring built for its own exceptions gets a type that names the problem. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      HttpStatus known = HttpStatus.resolve(status.value());
      String reason = known == null ? "error" : known.getReasonPhrase();
      problem.setType(
          URI.create(
              "urn:nightshift:problem:" + reason.toLowerCase(Locale.ROOT).replace(' ', '-')));
    }
    return super.createResponseEntity(body, headers, status, request);
  }

  /** A multipart request without a readable body fails before any controller is chosen. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> unreadableMultipart(MultipartException e) {
    return body(
        HttpStatus.BAD_REQUEST,
        "invalid-body",
        "The multipart body cannot be read; this API takes JSON bodies.",
        List.of());
  }

  private static ResponseEntity<Object> body(
      HttpStatus status, String slug, String detail, List<FieldProblem> errors) {
    return ResponseEntity.status(status)
        .body(ProblemWriter.problem(status, slug, detail, null, errors));
  }

  private static String path(JacksonException e) {
    return e.getPath().stream()
        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
        .collect(Collectors.joining("."));
  }

  private static String where(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 0
        ? ""
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
