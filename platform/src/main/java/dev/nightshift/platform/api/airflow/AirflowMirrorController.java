package dev.nightshift.platform.api.airflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.airflow.client.AirflowRun;
import dev.nightshift.airflow.mirror.AirflowMirror;
import dev.nightshift.airflow.mirror.MirrorSnapshot;
import dev.nightshift.airflow.mirror.MirroredDag;
import dev.nightshift.platform.api.ApiConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The DAGs and recent runs of the configured Airflow servers, read-only, as last mirrored. */
@RestController
@RequestMapping(ApiConfiguration.BASE + "/airflow")
@Tag(name = "Airflow")
class AirflowMirrorController {
  private final AirflowMirror mirror;

  AirflowMirrorController(AirflowMirror mirror) {
    this.mirror = mirror;
  }

  record RunJson(
      @JsonProperty("dag_run_id") String runId,
      @JsonProperty("state") String state,
      @JsonProperty("logical_date") Instant logicalDate,
      @JsonProperty("start_date") Instant startDate,
      @JsonProperty("end_date") Instant endDate) {

    static RunJson of(AirflowRun run) {
      return new RunJson(run.runId(), run.state(), run.logicalDate(), run.startDate(), run.endDate());
    }
  }

  record DagJson(
      @JsonProperty("dag_id") String dagId,
      @JsonProperty("source") String source,
      @JsonProperty("connection") String connection,
      @JsonProperty("read_only") boolean readOnly,
      @JsonProperty("is_paused") boolean paused,
      @JsonProperty("description") String description,
      @JsonProperty("schedule") String schedule,
      @JsonProperty("recent_runs") List<RunJson> recentRuns) {

    static DagJson of(MirroredDag mirrored) {
      return new DagJson(mirrored.dag().dagId(), "airflow", mirrored.connection(), true,
          mirrored.dag().paused(), mirrored.dag().description(), mirrored.dag().schedule(),
          mirrored.recentRuns().stream().map(RunJson::of).toList());
    }
  }

  record MirrorJson(
      @JsonProperty("dags") List<DagJson> dags,
      @JsonProperty("total_entries") long totalEntries,
      @JsonProperty("refreshed_at") Map<String, Instant> refreshedAt,
      @JsonProperty("errors") Map<String, String> errors) {

    static MirrorJson of(MirrorSnapshot snapshot) {
      return new MirrorJson(snapshot.dags().stream().map(DagJson::of).toList(), snapshot.dags().size(),
          snapshot.refreshedAt(), snapshot.errors());
    }
  }

  @GetMapping("/dags")
  @Operation(summary = "Airflow's DAGs and their latest runs, as last mirrored (read-only)")
  MirrorJson dags() {
    return MirrorJson.of(mirror.snapshot());
  }

  @PostMapping("/refresh")
  @Operation(summary = "Read every Airflow connection's DAGs and latest runs again",
      security = @SecurityRequirement(name = "bearer"))
  MirrorJson refresh() {
    return MirrorJson.of(mirror.refresh());
  }
}
