package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * When a DAG runs. Implementations are immutable and thread-safe; they compute, they never
 * wait. A run for {@code interval} is due at {@code interval.end()}.
 */
public interface Schedule {

  /** The first interval whose start is at or after {@code startDate}; empty for manual-only. */
  Optional<DataInterval> firstInterval(Instant startDate);

  /** The interval right after {@code previous}; empty when the schedule has no more (@once). */
  Optional<DataInterval> nextInterval(DataInterval previous);

  /**
   * The latest interval that starts at or after {@code startDate} and ends at or before
   * {@code now}: the only run created when catch-up is off. Empty when none has ended yet.
   */
  Optional<DataInterval> latestIntervalEndingBy(Instant now, Instant startDate);

  /**
   * The data interval of a run triggered by hand for {@code logicalDate}, as Airflow infers it:
   * the latest complete interval ending at or before that instant (a {@code @daily} DAG
   * triggered at 01:00 on the 25th covers the 24th). A schedule without intervals (manual-only,
   * {@code @once}) gives the empty interval at {@code logicalDate}.
   */
  default DataInterval manualInterval(Instant logicalDate) {
    return new DataInterval(logicalDate, logicalDate);
  }

  /** True when only a trigger (API, CLI) starts runs. */
  boolean isManual();

  /** How the schedule was written, e.g. {@code 0 3 * * * Europe/Berlin} or {@code @daily}. */
  String expression();

  /** The time zone the schedule is evaluated in, and in which {@code ds} is written. */
  default ZoneId zone() {
    return ZoneOffset.UTC;
  }
}
