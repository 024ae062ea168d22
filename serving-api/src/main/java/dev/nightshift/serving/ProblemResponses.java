package dev.nightshift.serving;

import dev.nightshift.precompute.serving.ServingStoreException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the API's failures into RFC 9457 problem responses; Spring MVC's own ones are Boot's. */
@RestControllerAdvice
class ProblemResponses {
  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

  @ExceptionHandler(ServingProblem.class)
  ResponseEntity<ProblemDetail> problem(ServingProblem problem) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
    body.setType(problem.type());
    body.setTitle(problem.title());
    problem.properties().forEach(body::setProperty);
    return ResponseEntity.status(problem.status()).body(body);
  }

  /** The store's database is unreachable or failed: the client did nothing wrong and may retry. */
  @ExceptionHandler(ServingStoreException.class)
  ResponseEntity<ProblemDetail> storeFailure(ServingStoreException failure) {
    log.error("Serving store failed: {}", failure.getMessage(), failure);
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "the serving store cannot be read right now; retry later");
    body.setType(URI.create("urn:nightshift:problem:store-unavailable"));
    body.setTitle("Serving store unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body);
  }
}
