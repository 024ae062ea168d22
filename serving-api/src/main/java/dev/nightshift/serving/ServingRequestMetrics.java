package dev.nightshift.serving;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code nightshift_serving_requests_seconds{endpoint,status,outcome}}: requests and latency
 * histograms per serving endpoint. The endpoints are answered by a filter, not a Spring MVC
 * handler, so Boot's {@code http.server.requests} does not see them. A timer per (endpoint,
 * status) is built on first use and then found by array index: a request allocates nothing here.
 */
final class ServingRequestMetrics {
  /** The endpoints as bounded labels: a user id never becomes part of one. */
  enum Endpoint {
    FEEDS("/api/feeds/{userId}"),
    RECOMMENDATIONS("/api/recommendations/{userId}"),
    TRENDS("/api/trends");

    private final String label;

    Endpoint(String label) {
      this.label = label;
    }
  }

  private static final int STATUSES = 600;

  private final MeterRegistry registry;
  private final AtomicReferenceArray<Timer> timers =
      new AtomicReferenceArray<>(Endpoint.values().length * STATUSES);

  ServingRequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void record(Endpoint endpoint, int status, long nanos) {
    int slot = endpoint.ordinal() * STATUSES + Math.floorMod(status, STATUSES);
    Timer timer = timers.get(slot);
    if (timer == null) {
      // Registering twice yields the same timer: a race here only repeats the lookup.
      timer = register(endpoint, status);
      timers.set(slot, timer);
    }
    timer.record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer register(Endpoint endpoint, int status) {
    return Timer.builder("nightshift.serving.requests")
        .description("Serving API requests by endpoint and status")
        .tags("endpoint", endpoint.label, "status", Integer.toString(status), "outcome", outcome(status))
        .publishPercentileHistogram()
        .register(registry);
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
