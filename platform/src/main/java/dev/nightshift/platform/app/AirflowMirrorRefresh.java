package dev.nightshift.platform.app;

import dev.nightshift.airflow.mirror.AirflowMirror;
import dev.nightshift.scheduler.runner.NamedThreads;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the Airflow mirror every {@code nightshift.airflow.mirror-interval}. Without an
 * interval there is no thread and no request: the mirror is read only when asked.
 */
final class AirflowMirrorRefresh implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AirflowMirrorRefresh.class);
  private final ScheduledExecutorService timer;

  AirflowMirrorRefresh(AirflowMirror mirror, Duration interval) {
    if (interval == null) {
      timer = null;
      return;
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("nightshift.airflow.mirror-interval must be positive, got " + interval);
    }
    timer = Executors.newSingleThreadScheduledExecutor(new NamedThreads("airflow-mirror"));
    timer.scheduleWithFixedDelay(() -> {
      try {
        mirror.refresh().errors().forEach((connection, error) ->
            log.warn("Airflow mirror: connection '{}' not refreshed: {}", connection, error));
      } catch (RuntimeException e) {
        log.warn("Airflow mirror refresh failed", e); // the next interval tries again
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  boolean isScheduled() {
    return timer != null;
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
