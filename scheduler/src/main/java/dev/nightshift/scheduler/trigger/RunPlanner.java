package dev.nightshift.scheduler.trigger;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.schedule.Schedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which scheduled runs are due, with Airflow's semantics: the run for [start, end) is due at
 * end. No run is made for an interval that starts after the DAG's end_date.
 */
final class RunPlanner {
  private RunPlanner() {}

  /**
   * The intervals that need a run now, oldest first, given the interval of the latest scheduled
   * run. With catch-up every missed interval since then (or since start_date) is due; without,
   * only the latest one that has ended.
   */
  static List<DataInterval> due(DagDefinition dag, Optional<DataInterval> last, Instant now) {
    Schedule schedule = dag.schedule();
    if (schedule.isManual()) {
      return List.of();
    }
    List<DataInterval> due = new ArrayList<>();
    if (!dag.catchup()) {
      schedule.latestIntervalEndingBy(now, dag.startDate())
          .filter(latest -> last.isEmpty() || latest.start().isAfter(last.get().start()))
          .filter(latest -> withinEnd(dag, latest))
          .ifPresent(due::add);
      return due;
    }
    Optional<DataInterval> next = following(dag, last);
    while (next.isPresent() && !next.get().end().isAfter(now) && withinEnd(dag, next.get())) {
      due.add(next.get());
      next = schedule.nextInterval(next.get());
    }
    return due;
  }

  /** When the next run is due after the latest scheduled one; empty when none will be. */
  static Optional<Instant> nextDue(DagDefinition dag, Optional<DataInterval> last) {
    if (dag.schedule().isManual()) {
      return Optional.empty();
    }
    return following(dag, last).filter(i -> withinEnd(dag, i)).map(DataInterval::end);
  }

  private static Optional<DataInterval> following(DagDefinition dag, Optional<DataInterval> last) {
    return last.isPresent() ? dag.schedule().nextInterval(last.get())
        : dag.schedule().firstInterval(dag.startDate());
  }

  private static boolean withinEnd(DagDefinition dag, DataInterval interval) {
    return dag.endDate() == null || !interval.start().isAfter(dag.endDate());
  }
}
