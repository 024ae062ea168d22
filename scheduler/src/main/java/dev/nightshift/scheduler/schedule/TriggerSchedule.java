package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.temporal.TemporalAmount;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Runs that fire at each tick, like POSIX cron (Airflow's {@code CronTriggerTimetable} and
 * {@code DeltaTriggerTimetable}): the run for tick T is due at T and covers [T - look-back, T],
 * a zero-length interval when there is no look-back. With catch-up off, the latest tick that has
 * passed still gets its run; earlier missed ticks are skipped.
 *
 * @param lookBack how far before its tick a run's interval starts; null for none
 */
record TriggerSchedule(Ticks ticks, Ticks lookBack, String expression, ZoneId zone)
    implements Schedule {

  @Override
  public Optional<DataInterval> next(DataInterval last, RunBounds bounds, Instant now) {
    Instant tick;
    if (bounds.catchup()) {
      if (last != null) {
        tick = ticks.next(last.end());
      } else {
        tick = ticks.alignNext(bounds.earliest() == null ? now : bounds.earliest());
      }
    } else {
      tick = ticks.alignPrev(now);
      if (last != null) {
        tick = DataIntervalSchedule.max(tick, ticks.next(last.end()));
      }
      if (bounds.earliest() != null) {
        tick = DataIntervalSchedule.max(tick, ticks.alignNext(bounds.earliest()));
      } else if (last == null) {
        tick = DataIntervalSchedule.max(tick, ticks.alignNext(now));
      }
    }
    if (bounds.latest() != null && tick.isAfter(bounds.latest())) {
      return Optional.empty();
    }
    return Optional.of(intervalAt(tick));
  }

  @Override
  public DataInterval manualInterval(Instant runAfter) {
    return intervalAt(runAfter);
  }

  private DataInterval intervalAt(Instant tick) {
    return new DataInterval(lookBack == null ? tick : lookBack.prev(tick), tick);
  }

  @Override
  public Optional<TemporalAmount> period() {
    return ticks.period();
  }
}
