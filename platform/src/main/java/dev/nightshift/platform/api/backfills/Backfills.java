package dev.nightshift.platform.api.backfills;

import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.platform.api.problem.FieldProblem;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.DueIntervals;
import dev.nightshift.scheduler.run.RunConf;
import dev.nightshift.scheduler.runner.NamedThreads;
import dev.nightshift.scheduler.schedule.DataInterval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Accepts backfills and creates their runs in the background, one interval after the other, so that
 * a year of daily runs is accepted at once. Runs beyond the DAG's max_active_runs wait queued.
 * Backfills are remembered until the server stops; their runs stay in the store.
 */
@Component
final class Backfills implements DisposableBean {
  /** More intervals than this in one request is almost certainly a mistake in the dates. */
  static final int MAX_INTERVALS = 10_000;

  private static final Logger log = LoggerFactory.getLogger(Backfills.class);

  private final NightshiftScheduler scheduler;
  private final ExecutorService creator =
      Executors.newSingleThreadExecutor(new NamedThreads("backfill"));
  private final Map<Long, Backfill> accepted = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  Backfills(NightshiftScheduler scheduler) {
    this.scheduler = scheduler;
  }

  Backfill start(String dagId, Instant from, Instant to, Map<String, Object> conf) {
    DagDefinition dag =
        scheduler
            .dag(dagId)
            .orElseThrow(() -> ApiException.notFound("no loaded DAG with id '" + dagId + "'"));
    if (dag.schedule().isManual()) {
      throw ApiException.invalid(
          FieldProblem.parameter(
              "dag_id",
              "DAG '"
                  + dagId
                  + "' has no schedule to backfill; trigger it with a logical date instead"));
    }
    // Checked here, so that a wrong param is a 400 now rather than a failure in the background.
    Map<String, Object> resolved = RunConf.resolve(dagId, dag.params(), conf);
    List<DataInterval> intervals = intervals(dag, from, to);
    Backfill backfill =
        new Backfill(ids.incrementAndGet(), dagId, from, to, resolved, intervals, Instant.now());
    accepted.put(backfill.id, backfill);
    creator.execute(() -> create(backfill));
    return backfill;
  }

  Optional<Backfill> get(long id) {
    return Optional.ofNullable(accepted.get(id));
  }

  List<Backfill> all() {
    return accepted.values().stream().sorted((a, b) -> Long.compare(a.id, b.id)).toList();
  }

  private static List<DataInterval> intervals(DagDefinition dag, Instant from, Instant to) {
    List<DataInterval> intervals = DueIntervals.inRange(dag, from, to, MAX_INTERVALS + 1);
    if (intervals.size() > MAX_INTERVALS) {
      throw ApiException.invalid(
          FieldProblem.parameter(
              "to_date",
              "the range holds more than "
                  + MAX_INTERVALS
                  + " intervals of the DAG's schedule; backfill it in parts"));
    }
    return intervals;
  }

  private void create(Backfill backfill) {
    try {
      for (DataInterval interval : backfill.intervals) {
        boolean made =
            !scheduler
                .backfill(backfill.dagId, interval.start(), interval.start(), backfill.conf)
                .isEmpty();
        (made ? backfill.created : backfill.skipped).incrementAndGet();
      }
      backfill.phase.set(Backfill.Phase.CREATED);
    } catch (RuntimeException e) {
      log.error("backfill {} of DAG {} stopped", backfill.id, backfill.dagId, e);
      backfill.error.set(e.getMessage());
      backfill.phase.set(Backfill.Phase.FAILED);
    }
  }

  @Override
  public void destroy() {
    creator.shutdownNow();
  }
}
