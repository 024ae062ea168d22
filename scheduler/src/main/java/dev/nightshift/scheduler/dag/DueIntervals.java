package dev.nightshift.scheduler.dag;

import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.schedule.RunBounds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which scheduled runs a DAG should have: the one place where their data intervals are made, from
 * the DAG's schedule, start date, end date and catch-up. Pure computation; the caller supplies
 * {@code now}.
 */
public final class DueIntervals {

  private DueIntervals() {}

  /**
   * The data interval of the DAG's next scheduled run after the one for {@code last} (null: the
   * DAG has none yet), due at its end, which may lie after {@code now}. Empty when the schedule
   * makes no more runs within the DAG's bounds.
   */
  public static Optional<DataInterval> next(DagDefinition dag, DataInterval last, Instant now) {
    Optional<DataInterval> next = dag.schedule().next(last, bounds(dag), now);
    // A schedule never proposes the same run twice; this guards the loops below regardless.
    return next.filter(n -> last == null || !n.equals(last));
  }

  /**
   * The runs after {@code last} that are due by {@code now}, oldest first, at most {@code limit}.
   * With catch-up off, runs whose time passed before {@code now} are skipped.
   */
  public static List<DataInterval> between(DagDefinition dag, DataInterval last, Instant now,
      int limit) {
    List<DataInterval> due = new ArrayList<>();
    for (Optional<DataInterval> next = next(dag, last, now);
        next.isPresent() && due.size() < limit && !next.get().runAfter().isAfter(now);
        next = next(dag, next.get(), now)) {
      due.add(next.get());
    }
    return due;
  }

  /**
   * The next {@code count} runs after {@code last} as the schedule stands at {@code now}, due or
   * not: what a user checks before a schedule fires.
   */
  public static List<DataInterval> upcoming(DagDefinition dag, DataInterval last, Instant now,
      int count) {
    List<DataInterval> upcoming = new ArrayList<>();
    for (Optional<DataInterval> next = next(dag, last, now);
        next.isPresent() && upcoming.size() < count; next = next(dag, next.get(), now)) {
      upcoming.add(next.get());
    }
    return upcoming;
  }

  /**
   * The runs a backfill of [{@code from}, {@code to}] makes, oldest first, at most {@code limit}:
   * the runs of the schedule, caught up from {@code from}, whose logical date (data interval
   * start) lies in [{@code from}, {@code to}].
   */
  public static List<DataInterval> inRange(DagDefinition dag, Instant from, Instant to, int limit) {
    RunBounds range = new RunBounds(from, null, true);
    List<DataInterval> runs = new ArrayList<>();
    DataInterval last = null;
    for (Optional<DataInterval> next = dag.schedule().next(null, range, to);
        next.isPresent() && !next.get().start().isAfter(to) && runs.size() < limit;
        next = dag.schedule().next(last, range, to)) {
      if (last != null && !next.get().end().isAfter(last.end())) {
        break;
      }
      last = next.get();
      if (!last.start().isBefore(from)) {
        runs.add(last);
      }
    }
    return runs;
  }

  static RunBounds bounds(DagDefinition dag) {
    return new RunBounds(dag.startDate(), dag.endDate(), dag.catchup());
  }
}
