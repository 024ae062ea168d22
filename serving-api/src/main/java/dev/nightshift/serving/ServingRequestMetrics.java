package dev.nightshift.serving;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code nightshift_serving_requests_seconds{endpoint,status,outcome}}: requests and latency
 * histograms per serving endpoint. The servlet is not a Spring MVC handler, so Boot's
 * {@code http.server.requests} cannot name its endpoints; a timer per (endpoint, status), built
 * once and then looked up, costs a map read per request.
 */
final class ServingRequestMetrics {
  private final MeterRegistry registry;
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  ServingRequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(String endpoint, int status, long nanos) {
    timers.computeIfAbsent(endpoint + ' ' + status, key -> Timer.builder("nightshift.serving.requests")
            .description("Serving API requests by endpoint and status")
            .tags("endpoint", endpoint, "status", Integer.toString(status), "outcome", outcome(status))
            .publishPercentileHistogram()
            .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  private static String outcome(int status) {
    if (status >= 500) {
      return "SERVER_ERROR";
    }
    if (status >= 400) {
      return "CLIENT_ERROR";
    }
    return status >= 300 ? "REDIRECTION" : "SUCCESS";
  }
}
