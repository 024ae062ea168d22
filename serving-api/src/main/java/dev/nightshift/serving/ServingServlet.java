package dev.nightshift.serving;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStoreException;
import dev.nightshift.precompute.serving.document.TrendKey;
import dev.nightshift.precompute.serving.document.UserKey;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The serving endpoints as one plain servlet: a request is a path match, a cache lookup and a byte
 * copy, without the per-request argument resolution and content negotiation of a controller (which
 * cost more than the work itself). Every answer carries {@value #VERSION_HEADER} and an {@code
 * ETag}; a wrong parameter is a 400 problem naming it.
 */
final class ServingServlet extends HttpServlet {
  static final String FEEDS = "/api/feeds";
  static final String RECOMMENDATIONS = "/api/recommendations";
  static final String TRENDS = "/api/trends";
  static final String VERSION_HEADER = "Nightshift-Version";
  static final String NEXT_CURSOR_HEADER = "Nightshift-Next-Cursor";
  private static final Logger log = LoggerFactory.getLogger(ServingServlet.class);

  private final DocumentPages pages;
  private final ServingApiProperties properties;
  private final ProblemWriter problems;
  private final ServingRequestMetrics metrics;

  ServingServlet(DocumentPages pages, ServingApiProperties properties, ProblemWriter problems,
      ServingRequestMetrics metrics) {
    this.pages = pages;
    this.properties = properties;
    this.problems = problems;
    this.metrics = metrics;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long started = System.nanoTime();
    try {
      String method = request.getMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        response.setHeader("Allow", "GET, HEAD");
        throw ServingProblem.methodNotAllowed(method);
      }
      serve(request, response);
    } catch (ServingProblem problem) {
      problems.write(problem, request, response);
    } catch (ServingStoreException failure) {
      log.error("Serving store failed: {}", failure.getMessage(), failure);
      problems.write(ServingProblem.storeUnavailable(), request, response);
    } finally {
      metrics.record(endpointPattern(request), response.getStatus(), System.nanoTime() - started);
    }
  }

  /** The endpoint as a bounded label: the user id never becomes part of it. */
  private static String endpointPattern(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.equals(TRENDS) ? TRENDS : path + "/{userId}";
  }

  private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int limit = RequestParameters.limit(request.getParameter("limit"), properties);
    var cursor = RequestParameters.cursor(request.getParameter("cursor"));
    String ifNoneMatch = request.getHeader("If-None-Match");
    String endpoint = request.getServletPath();
    ServedPage page;
    UriComponentsBuilder next;
    if (endpoint.equals(TRENDS)) {
      TrendKey key =
          RequestParameters.trendKey(
              request.getParameter("window"), request.getParameter("region"));
      page =
          pages.page(
              ServingDataset.TRENDS,
              key.storedKey(),
              "window " + key.window() + " and region " + key.region(),
              cursor,
              limit,
              ifNoneMatch);
      next =
          UriComponentsBuilder.fromPath(TRENDS)
              .queryParam("window", key.window())
              .queryParam("region", key.region());
    } else {
      ServingDataset dataset =
          endpoint.equals(FEEDS) ? ServingDataset.FEEDS : ServingDataset.RECOMMENDATIONS;
      long user = RequestParameters.userId(userIdOf(request));
      page = pages.page(dataset, UserKey.of(user), "user " + user, cursor, limit, ifNoneMatch);
      next = UriComponentsBuilder.fromPath(endpoint + "/" + user);
    }
    respond(page, next, limit, response);
  }

  private static String userIdOf(HttpServletRequest request) {
    String path = request.getPathInfo();
    return path == null ? "" : path.substring(1);
  }

  private static void respond(
      ServedPage page, UriComponentsBuilder link, int limit, HttpServletResponse response)
      throws IOException {
    response.setHeader(VERSION_HEADER, Long.toString(page.version()));
    response.setHeader("ETag", page.etag());
    // Clients may keep a copy but must revalidate it: a publish changes the answer.
    response.setHeader("Cache-Control", "no-cache");
    if (page.notModified()) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    page.next()
        .ifPresent(
            next -> {
              String cursor = next.encode();
              response.setHeader(NEXT_CURSOR_HEADER, cursor);
              String uri =
                  link.queryParam("limit", limit)
                      .queryParam("cursor", cursor)
                      .build()
                      .toUriString();
              response.setHeader("Link", "<" + uri + ">; rel=\"next\"");
            });
    response.setContentType("application/json");
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }
}
