package dev.nightshift.scheduler.dag;

import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.schedule.Schedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which runs a DAG should have by now: the intervals that ended, honouring start date, end date
 * and catch-up. Pure computation; the caller supplies {@code now}.
 */
public final class DueIntervals {

  private DueIntervals() {}

  /**
   * The intervals after {@code after} (or from the start date when {@code after} is null) that
   * have ended by {@code now}, oldest first, at most {@code limit}. With catch-up off only the
   * latest ended interval is returned, so missed intervals are skipped. An interval whose start
   * lies after the DAG's end date is never due.
   */
  public static List<DataInterval> between(
      DagDefinition dag, DataInterval after, Instant now, int limit) {
    Schedule schedule = dag.schedule();
    if (schedule.isManual() || dag.startDate() == null || limit <= 0) {
      return List.of();
    }
    Optional<DataInterval> next =
        after == null ? schedule.firstInterval(dag.startDate()) : schedule.nextInterval(after);
    if (!dag.catchup()) {
      Optional<DataInterval> latest = schedule.latestIntervalEndingBy(now, dag.startDate());
      if (next.isPresent() && latest.isPresent() && latest.get().start().isAfter(next.get().start())) {
        next = latest;
      }
    }
    List<DataInterval> due = new ArrayList<>();
    while (next.isPresent() && due.size() < limit && isDue(next.get(), dag, now)) {
      due.add(next.get());
      next = schedule.nextInterval(next.get());
    }
    return due;
  }

  private static boolean isDue(DataInterval interval, DagDefinition dag, Instant now) {
    boolean beforeEnd = dag.endDate() == null || !interval.start().isAfter(dag.endDate());
    return beforeEnd && !interval.end().isAfter(now);
  }
}
