package dev.nightshift.platform.api.problem;

import dev.nightshift.precompute.serving.NothingToRollBackException;
import dev.nightshift.scheduler.backfill.BackfillStateException;
import dev.nightshift.scheduler.backfill.UnknownBackfillException;
import dev.nightshift.scheduler.dispatch.UnknownDagException;
import dev.nightshift.scheduler.run.DuplicateRunException;
import dev.nightshift.scheduler.run.IllegalStateTransitionException;
import dev.nightshift.scheduler.run.InvalidRunConfException;
import dev.nightshift.scheduler.run.TaskNotFinishedException;
import dev.nightshift.scheduler.store.ConcurrentRunModificationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the REST API as an RFC 9457 problem: the caller's mistakes are 4xx naming the
 * parameter or field; only the server's own failures are 5xx, and never with a stack trace. Spring
 * MVC's own refusals inside the API are {@link SpringProblems}' too.
 */
@RestControllerAdvice(basePackages = "dev.nightshift.platform.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends SpringProblems {
  private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> refused(ApiException e, HttpServletRequest request) {
    return answer(e.status(), e.slug(), e.getMessage(), request, e.errors());
  }

  @ExceptionHandler({UnknownDagException.class, UnknownBackfillException.class})
  ResponseEntity<ProblemDetail> unknownDag(RuntimeException e, HttpServletRequest request) {
    return answer(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), request, List.of());
  }

  @ExceptionHandler(InvalidRunConfException.class)
  ResponseEntity<ProblemDetail> invalidConf(InvalidRunConfException e, HttpServletRequest request) {
    return answer(
        HttpStatus.BAD_REQUEST,
        "invalid-conf",
        e.getMessage(),
        request,
        List.of(FieldProblem.body("conf", e.getMessage())));
  }

  @ExceptionHandler({
    DuplicateRunException.class,
    TaskNotFinishedException.class,
    IllegalStateTransitionException.class,
    ConcurrentRunModificationException.class,
    NothingToRollBackException.class,
    BackfillStateException.class
  })
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
    return answer(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal-error",
        "The server failed to answer this request; its log has the details.",
        request,
        List.of());
  }

  private static ResponseEntity<ProblemDetail> answer(
      HttpStatus status,
      String slug,
      String detail,
      HttpServletRequest request,
      List<FieldProblem> errors) {
    return ResponseEntity.status(status)
        .body(ProblemWriter.problem(status, slug, detail, request.getRequestURI(), errors));
  }
}
