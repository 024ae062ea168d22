package dev.nightshift.serving;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A request the API answers with an {@code application/problem+json} body (RFC 9457). */
final class ServingProblem extends RuntimeException {
  private final HttpStatus status;
  private final String slug;
  private final String title;
  private final Map<String, Object> properties;

  private ServingProblem(HttpStatus status, String slug, String title, String detail,
      Map<String, Object> properties) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.properties = properties;
  }

  static ServingProblem badParameter(String parameter, String detail) {
    return new ServingProblem(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad request parameter", detail,
        Map.of("parameter", parameter));
  }

  static ServingProblem notFound(String detail) {
    return new ServingProblem(HttpStatus.NOT_FOUND, "not-found", "No such document", detail, Map.of());
  }

  static ServingProblem versionGone(String detail) {
    return new ServingProblem(HttpStatus.GONE, "version-gone", "Version no longer served", detail, Map.of());
  }

  static ServingProblem unavailable(String detail) {
    return new ServingProblem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Nothing to serve", detail, Map.of());
  }

  HttpStatus status() {
    return status;
  }

  URI type() {
    return URI.create("urn:nightshift:problem:" + slug);
  }

  String title() {
    return title;
  }

  Map<String, Object> properties() {
    return properties;
  }
}
