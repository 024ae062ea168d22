package dev.nightshift.scheduler.backfill;

import java.util.Locale;

/** Where a backfill is: creating runs, held, or done for good. */
public enum BackfillState {
  /** Creating its runs as max_active_runs allows. */
  RUNNING,
  /** Creates no runs until resumed; runs already created go on. */
  PAUSED,
  /** Every run of its range was created and has finished. */
  COMPLETED,
  /** Stopped by an operator: creates no more runs; runs already created go on. */
  CANCELLED,
  /** Stopped because a run could not be created; {@link Backfill#error()} says why. */
  FAILED;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static BackfillState of(String apiName) {
    return valueOf(apiName.toUpperCase(Locale.ROOT));
  }

  public boolean isFinal() {
    return this == COMPLETED || this == CANCELLED || this == FAILED;
  }
}
