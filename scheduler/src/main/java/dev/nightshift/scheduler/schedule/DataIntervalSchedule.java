package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

/**
 * Runs for consecutive data intervals between ticks, each due when its interval ends (Airflow's
 * {@code CronDataIntervalTimetable} and {@code DeltaDataIntervalTimetable}). After the schedule was
 * edited, the next interval starts at the last tick at or before the previous interval's end; a
 * zero-length previous interval (left by a trigger-style schedule) is followed by the next period,
 * never by its own logical date again. With catch-up off, the first run is for the latest
 * interval that has ended; the start date bounds every interval.
 */
record DataIntervalSchedule(Ticks ticks, String expression, java.time.ZoneId zone)
    implements Schedule {

  @Override
  public Optional<DataInterval> next(DataInterval last, RunBounds bounds, Instant now) {
    Instant earliest = bounds.earliest();
    if (!bounds.catchup()) {
      Instant latest = ticks.latestCompleteStart(now, earliest);
      earliest = earliest == null ? latest : max(latest, ticks.alignNext(earliest));
    } else if (earliest != null) {
      earliest = ticks.alignNext(earliest);
    }
    Instant start;
    if (last == null) {
      if (earliest == null) {
        return Optional.empty();
      }
      start = earliest;
    } else {
      start = ticks.alignPrev(last.end());
      if (last.isEmpty() && start.equals(last.end())) {
        start = ticks.next(start);
      }
      if (earliest != null) {
        start = max(start, earliest);
      }
    }
    if (bounds.latest() != null && start.isAfter(bounds.latest())) {
      return Optional.empty();
    }
    return Optional.of(new DataInterval(start, ticks.next(start)));
  }

  /** The latest complete interval ending at or before {@code runAfter}. */
  @Override
  public DataInterval manualInterval(Instant runAfter) {
    Instant end = ticks.alignPrev(runAfter);
    return new DataInterval(ticks.prev(end), end);
  }

  static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  @Override
  public Optional<TemporalAmount> period() {
    return ticks.period();
  }
}
