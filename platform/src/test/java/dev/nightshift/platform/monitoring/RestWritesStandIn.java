package dev.nightshift.platform.monitoring;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Answers the two REST writes the DAGs page sends ({@code PATCH /api/v1/dags/{id}} and
 * {@code POST /api/v1/dags/{id}/dagRuns}) straight from the scheduler, so that the page test does
 * not depend on the REST layer. Registered only by the page test (not component-scanned).
 */
@RestController
class RestWritesStandIn {
  private final NightshiftScheduler scheduler;

  RestWritesStandIn(NightshiftScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @PostMapping("/api/v1/dags/{dagId}/dagRuns")
  Map<String, Object> trigger(@PathVariable String dagId,
      @RequestHeader(name = "Authorization", required = false) String authorization) {
    checkToken(authorization);
    DagRun run = scheduler.trigger(dagId, Map.of(), null);
    return Map.of("dag_id", dagId, "dag_run_id", run.runId(), "state", run.state().apiName());
  }

  @PatchMapping("/api/v1/dags/{dagId}")
  Map<String, Object> pause(@PathVariable String dagId, @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Authorization", required = false) String authorization) {
    checkToken(authorization);
    boolean paused = Boolean.TRUE.equals(body.get("is_paused"));
    if (paused) {
      scheduler.pause(dagId);
    } else {
      scheduler.unpause(dagId);
    }
    return Map.of("dag_id", dagId, "is_paused", paused);
  }

  private static void checkToken(String authorization) {
    if (!("Bearer " + RunningPlatform.TOKEN).equals(authorization)) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing or wrong bearer token");
    }
  }
}
