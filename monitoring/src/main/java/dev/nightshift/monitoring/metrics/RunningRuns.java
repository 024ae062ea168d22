package dev.nightshift.monitoring.metrics;

import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The unfinished runs, from the scheduler's events, kept in memory so that a scrape sends no SQL
 * to the metadata database. Per DAG: {@code nightshift_dag_runs_active{dag,state}} and
 * {@code nightshift_dag_run_oldest_running_seconds{dag}}, the age of its longest running run
 * (0 when none runs), for deadline alerts. Runs resumed after a restart appear with their next
 * state change.
 */
public final class RunningRuns {
  private final MeterRegistry registry;
  private final Clock clock;
  private final Map<String, DagRun> unfinished = new ConcurrentHashMap<>();
  private final Set<String> dagsWithGauges = ConcurrentHashMap.newKeySet();

  public RunningRuns(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  void update(DagRun run) {
    String key = run.dagId() + "\n" + run.runId();
    if (run.state().isFinished()) {
      unfinished.remove(key);
    } else {
      unfinished.put(key, run);
    }
    if (dagsWithGauges.add(run.dagId())) {
      register(run.dagId());
    }
  }

  private void register(String dagId) {
    for (RunState state : new RunState[] {RunState.QUEUED, RunState.RUNNING}) {
      Gauge.builder("nightshift.dag.runs.active", this, r -> r.count(dagId, state))
          .description("Unfinished runs of a DAG by state")
          .tags("dag", dagId, "state", state.apiName())
          .register(registry);
    }
    Gauge.builder("nightshift.dag.run.oldest.running", this, r -> r.oldestRunningSeconds(dagId))
        .description("How long the DAG's longest running run has been running; 0 when none runs")
        .baseUnit("seconds")
        .tag("dag", dagId)
        .register(registry);
  }

  private double count(String dagId, RunState state) {
    return unfinished.values().stream()
        .filter(r -> r.dagId().equals(dagId) && r.state() == state).count();
  }

  private double oldestRunningSeconds(String dagId) {
    return unfinished.values().stream()
        .filter(r -> r.dagId().equals(dagId) && r.state() == RunState.RUNNING && r.startedAt() != null)
        .mapToDouble(r -> Duration.between(r.startedAt(), clock.instant()).toMillis() / 1000.0)
        .max().orElse(0);
  }
}
