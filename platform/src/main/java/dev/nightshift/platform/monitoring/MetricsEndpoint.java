package dev.nightshift.platform.monitoring;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /metrics}: the same Prometheus text as {@code /actuator/prometheus}, at the path
 * Prometheus scrapes by default (OpenMetrics when the scraper asks for it).
 */
@RestController
class MetricsEndpoint {
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  MetricsEndpoint(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  @GetMapping("/metrics")
  ResponseEntity<String> scrape(@RequestHeader(name = "Accept", required = false) String accept) {
    boolean openMetrics = accept != null && accept.contains("application/openmetrics-text");
    String contentType = openMetrics
        ? "application/openmetrics-text; version=1.0.0; charset=utf-8" : PROMETHEUS_TEXT;
    return ResponseEntity.ok().header("Content-Type", contentType)
        .body(registry.scrape(contentType));
  }
}
