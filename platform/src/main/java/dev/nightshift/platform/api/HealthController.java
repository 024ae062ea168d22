package dev.nightshift.platform.api;

import dev.nightshift.scheduler.NightshiftScheduler;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /health} and {@code /version}: open to probes, never need a token. */
@RestController
@RequestMapping(ApiConfiguration.BASE)
@Tag(name = "Monitoring")
class HealthController {
  private static final Logger log = LoggerFactory.getLogger(HealthController.class);

  private final NightshiftScheduler scheduler;

  HealthController(NightshiftScheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** Status of one component, as in Airflow's health answer. */
  record ComponentHealth(String status) {}

  record Health(ComponentHealth metadatabase, ComponentHealth scheduler) {}

  record Version(String version) {}

  @GetMapping("/health")
  @Operation(summary = "Health of the metadata database and the scheduler (503 when unhealthy)")
  ResponseEntity<Health> health() {
    boolean database;
    try {
      scheduler.dags();
      database = true;
    } catch (RuntimeException e) {
      log.warn("metadata database does not answer: {}", e.getMessage());
      database = false;
    }
    // The scheduler runs in this process: it is up exactly when its database answers.
    ComponentHealth status = new ComponentHealth(database ? "healthy" : "unhealthy");
    return ResponseEntity.status(database ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .body(new Health(status, status));
  }

  @GetMapping("/version")
  @Operation(summary = "The server's version")
  Version version() {
    String version = HealthController.class.getPackage().getImplementationVersion();
    return new Version(version == null ? "dev" : version);
  }
}
