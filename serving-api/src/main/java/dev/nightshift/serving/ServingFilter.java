package dev.nightshift.serving;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStoreException;
import dev.nightshift.precompute.serving.document.TrendKey;
import dev.nightshift.precompute.serving.document.UserKey;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serving endpoints, answered by the first filter of the chain: a request is a path match, a
 * cache lookup and a byte copy. Answering here rather than in a servlet behind the framework's
 * filters (request context, observation, encoding) and a controller's argument resolution and
 * content negotiation saves more CPU than the work itself costs. Every answer carries {@value
 * #VERSION_HEADER} and an {@code ETag}; a wrong parameter is a 400 problem naming it.
 */
final class ServingFilter extends HttpFilter {
  static final String FEEDS = "/api/feeds";
  static final String RECOMMENDATIONS = "/api/recommendations";
  static final String TRENDS = "/api/trends";
  /** The URL patterns the filter answers; nothing else reaches it. */
  static final String[] URL_PATTERNS = {FEEDS + "/*", RECOMMENDATIONS + "/*", TRENDS};
  static final String VERSION_HEADER = "Nightshift-Version";
  static final String NEXT_CURSOR_HEADER = "Nightshift-Next-Cursor";
  private static final Logger log = LoggerFactory.getLogger(ServingFilter.class);

  private final DocumentPages pages;
  private final ServingApiProperties properties;
  private final ProblemWriter problems;
  private final ServingRequestMetrics metrics;

  ServingFilter(
      DocumentPages pages,
      ServingApiProperties properties,
      ProblemWriter problems,
      ServingRequestMetrics metrics) {
    this.pages = pages;
    this.properties = properties;
    this.problems = problems;
    this.metrics = metrics;
  }

  /** Answers the request; the rest of the chain never sees a serving request. */
  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException {
    long started = System.nanoTime();
    ServingRequestMetrics.Endpoint endpoint = ServingRequestMetrics.Endpoint.FEEDS;
    try {
      String path = pathOf(request);
      endpoint = endpointOf(path);
      String method = request.getMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        response.setHeader("Allow", "GET, HEAD");
        throw ServingProblem.methodNotAllowed(method);
      }
      respond(page(endpoint, path, request), request, response);
    } catch (ServingProblem problem) {
      problems.write(problem, request, response);
    } catch (ServingStoreException failure) {
      log.error("Serving store failed: {}", failure.getMessage(), failure);
      problems.write(ServingProblem.storeUnavailable(), request, response);
    } finally {
      metrics.record(endpoint, response.getStatus(), System.nanoTime() - started);
    }
  }

  /** The path within the application, decoded, whichever servlet the container mapped it to. */
  private static String pathOf(HttpServletRequest request) {
    String pathInfo = request.getPathInfo();
    return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
  }

  private static ServingRequestMetrics.Endpoint endpointOf(String path) {
    if (path.equals(TRENDS)) {
      return ServingRequestMetrics.Endpoint.TRENDS;
    }
    return path.startsWith(RECOMMENDATIONS)
        ? ServingRequestMetrics.Endpoint.RECOMMENDATIONS
        : ServingRequestMetrics.Endpoint.FEEDS;
  }

  private ServedPage page(
      ServingRequestMetrics.Endpoint endpoint, String path, HttpServletRequest request) {
    int limit = RequestParameters.limit(RequestParameters.single(request, "limit"), properties);
    Optional<Cursor> cursor = RequestParameters.cursor(RequestParameters.single(request, "cursor"));
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (endpoint == ServingRequestMetrics.Endpoint.TRENDS) {
      TrendKey key =
          RequestParameters.trendKey(
              RequestParameters.single(request, "window"), RequestParameters.single(request, "region"));
      return pages.page(
          ServingDataset.TRENDS,
          key.storedKey(),
          () -> "window " + key.window() + " and region " + key.region(),
          cursor,
          limit,
          ifNoneMatch,
          () -> TRENDS + "?window=" + key.window() + "&region=" + key.region() + "&");
    }
    String prefix = endpoint == ServingRequestMetrics.Endpoint.FEEDS ? FEEDS : RECOMMENDATIONS;
    ServingDataset dataset =
        endpoint == ServingRequestMetrics.Endpoint.FEEDS
            ? ServingDataset.FEEDS
            : ServingDataset.RECOMMENDATIONS;
    // "/api/feeds" alone has no user id: "" is reported as a bad userId.
    String userText = path.length() > prefix.length() ? path.substring(prefix.length() + 1) : "";
    long user = RequestParameters.userId(userText);
    return pages.page(
        dataset,
        UserKey.of(user),
        () -> "user " + user,
        cursor,
        limit,
        ifNoneMatch,
        () -> prefix + "/" + user + "?");
  }

  private static void respond(
      ServedPage page, HttpServletRequest request, HttpServletResponse response)
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
              response.setHeader(NEXT_CURSOR_HEADER, next.cursor());
              response.setHeader("Link", "<" + next.uri() + ">; rel=\"next\"");
            });
    response.setContentType("application/json");
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }
}
