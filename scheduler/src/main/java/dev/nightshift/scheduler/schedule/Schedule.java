package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

/**
 * When a DAG runs, with the semantics of Airflow 3's timetables. Implementations are immutable
 * and thread-safe; they compute, they never wait.
 */
public interface Schedule {

  /**
   * The next scheduled run after the latest scheduled one, as Airflow's {@code next_dagrun_info}:
   * its data interval (the run falls due at the interval's end). Empty when there is none within
   * the bounds.
   *
   * @param last the data interval of the latest scheduled run, or null when there is none
   * @param now the current time: with catch-up off, runs whose time has passed are skipped
   */
  Optional<DataInterval> next(DataInterval last, RunBounds bounds, Instant now);

  /**
   * The data interval of a run triggered by hand at {@code runAfter}, as Airflow infers it (a
   * {@code @daily} DAG triggered at 01:00 on the 25th covers the 24th). A schedule without
   * intervals gives the empty interval at {@code runAfter}.
   */
  default DataInterval manualInterval(Instant runAfter) {
    return DataInterval.exact(runAfter);
  }

  /** True when only a trigger (API, CLI) starts runs. */
  default boolean isManual() {
    return false;
  }

  /**
   * The step of a schedule written as a fixed ({@code Duration}) or calendar ({@code Period})
   * period; empty for cron, events, {@code @once} and manual schedules.
   */
  default Optional<TemporalAmount> period() {
    return Optional.empty();
  }

  /** How the schedule was written, e.g. {@code 0 3 * * *} or {@code @daily}. */
  String expression();

  /** The time zone the schedule is evaluated in, and in which {@code ds} is written. */
  ZoneId zone();
}
