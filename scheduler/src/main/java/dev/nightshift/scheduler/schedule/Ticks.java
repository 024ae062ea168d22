package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

/**
 * The boundaries a periodic schedule lays on the time line: cron fire times, or steps of a fixed
 * or calendar period. Immutable and thread-safe.
 */
interface Ticks {

  /** The first tick strictly after {@code instant}. */
  Instant next(Instant instant);

  /** The last tick strictly before {@code instant}. */
  Instant prev(Instant instant);

  /** {@code instant} if it is a tick, otherwise the next tick. */
  Instant alignNext(Instant instant);

  /** {@code instant} if it is a tick, otherwise the previous tick. */
  Instant alignPrev(Instant instant);

  /**
   * With catch-up off, the start of the latest data interval that has ended by {@code now}
   * (before the start-date bound is applied); {@code earliest} is the start date, or null.
   */
  Instant latestCompleteStart(Instant now, Instant earliest);

  /** The fixed ({@code Duration}) or calendar ({@code Period}) step; empty for cron ticks. */
  default Optional<TemporalAmount> period() {
    return Optional.empty();
  }
}
