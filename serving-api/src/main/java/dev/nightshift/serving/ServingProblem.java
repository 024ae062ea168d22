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

  private ServingProblem(
      HttpStatus status, String slug, String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.properties = properties;
  }

  static ServingProblem badParameter(String parameter, String detail) {
    return new ServingProblem(
        HttpStatus.BAD_REQUEST,
        "bad-parameter",
        "Bad request parameter",
        detail,
        Map.of("parameter", parameter));
  }

  /** No document under the key in {@code version}; the answer names the version it looked in. */
  static ServingProblem notFound(String detail, long version) {
    return new ServingProblem(
        HttpStatus.NOT_FOUND, "not-found", "No such document", detail, Map.of("version", version));
  }

  static ServingProblem versionGone(String detail) {
    return new ServingProblem(
        HttpStatus.GONE, "version-gone", "Version no longer served", detail, Map.of());
  }

  static ServingProblem unavailable(String detail) {
    return new ServingProblem(
        HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Nothing to serve", detail, Map.of());
  }

  /** The store's database failed: the client did nothing wrong and may retry. */
  static ServingProblem storeUnavailable() {
    return new ServingProblem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "store-unavailable",
        "Serving store unavailable",
        "the serving store cannot be read right now; retry later",
        Map.of());
  }

  /**
   * A request the container refused or could not read (a malformed request line, header or
   * parameter encoding): {@code status} is what the container chose, {@code detail} says why.
   */
  static ServingProblem malformedRequest(HttpStatus status, String detail) {
    return new ServingProblem(status, "malformed-request", "Malformed request", detail, Map.of());
  }

  /** An answer the container gave on its own (404, 405, ...), typed after its reason phrase. */
  static ServingProblem container(HttpStatus status, String detail) {
    String slug = status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    return new ServingProblem(status, slug, status.getReasonPhrase(), detail, Map.of());
  }

  static ServingProblem methodNotAllowed(String method) {
    return new ServingProblem(
        HttpStatus.METHOD_NOT_ALLOWED,
        "method-not-allowed",
        "Method not allowed",
        method + " is not supported here; the serving API answers GET and HEAD",
        Map.of());
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
