package dev.nightshift.serving;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report as an {@code application/problem+json} document instead of an HTML page.
 * It answers every error nothing else wrote a body for: requests the connector refuses before any
 * filter runs (a malformed request line, header or percent-encoding, a header section over the
 * limit), errors sent with {@code sendError} and exceptions that escaped the application. A
 * client's mistake is never a 5xx: an HTTP version or transfer coding the server does not speak
 * (505, 501 from the connector) is answered 400, since the client can send the request again in
 * HTTP/1.1 without that coding.
 */
final class ProblemReportValve extends ErrorReportValve {
  static final String SERVER_FAILED =
      "The server failed to answer this request; its log has the details.";

  private final ProblemWriter problems;

  ProblemReportValve(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    if (response.getStatus() < 400 || response.getContentWritten() > 0) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    ServingProblem problem = problemFor(response.getStatus(), response.getMessage(), throwable);
    try {
      response.setStatus(problem.status().value());
      response.setContentType(ProblemWriter.PROBLEM_JSON);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            new String(problems.body(problem, request.getRequestURI()), StandardCharsets.UTF_8));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException clientGone) {
      // Nothing more can be told to a client whose connection is gone.
    }
  }

  static ServingProblem problemFor(int status, String message, Throwable throwable) {
    if (causedBy(throwable, InvalidParameterException.class)) {
      return ServingProblem.malformedRequest(HttpStatus.BAD_REQUEST, ParameterCheckValve.UNDECODABLE);
    }
    if (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED.value()) {
      return ServingProblem.malformedRequest(
          HttpStatus.BAD_REQUEST, "This HTTP version is not supported; send HTTP/1.1.");
    }
    if (status == HttpStatus.NOT_IMPLEMENTED.value()) {
      return ServingProblem.malformedRequest(
          HttpStatus.BAD_REQUEST,
          "The request's method or Transfer-Encoding is not one this server implements;"
              + " send the body with Content-Length or Transfer-Encoding: chunked.");
    }
    HttpStatus known = HttpStatus.resolve(status);
    if (known == null || known.is5xxServerError()) {
      HttpStatus answer = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
      return ServingProblem.container(answer, SERVER_FAILED);
    }
    if (known == HttpStatus.BAD_REQUEST) {
      return ServingProblem.malformedRequest(
          known,
          message == null || message.isBlank()
              ? "The request cannot be read: its request line, a header or its encoding is"
                  + " malformed, or the header section is larger than the server accepts."
              : message);
    }
    return ServingProblem.container(
        known, message == null || message.isBlank() ? known.getReasonPhrase() : message);
  }

  private static boolean causedBy(Throwable throwable, Class<? extends Throwable> type) {
    for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
