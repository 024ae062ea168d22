package dev.nightshift.scheduler.backfill;

import java.time.Instant;
import java.util.Map;

/**
 * A backfill as stored: one run per interval of its DAG's schedule whose logical date lies in
 * [{@code from}, {@code to}]; intervals that already have a run are skipped, never run twice.
 * {@code nextLogicalDate} is where creating runs continues (null: all created).
 */
public record Backfill(
    long id,
    String dagId,
    Instant from,
    Instant to,
    Map<String, Object> conf,
    BackfillState state,
    Instant nextLogicalDate,
    int total,
    int created,
    int skipped,
    String error,
    Instant createdAt,
    Instant updatedAt,
    Instant completedAt) {

  public Backfill {
    conf = Map.copyOf(conf);
  }

  /** A new backfill, not stored yet (id 0). */
  public static Backfill accepted(String dagId, Instant from, Instant to, Map<String, Object> conf,
      Instant firstLogicalDate, int total, Instant now) {
    return new Backfill(0, dagId, from, to, conf, BackfillState.RUNNING, firstLogicalDate, total,
        0, 0, null, now, now, null);
  }

  Backfill withState(BackfillState to, Instant now) {
    return new Backfill(id, dagId, from, this.to, conf, to, nextLogicalDate, total, created,
        skipped, error, createdAt, now, to.isFinal() ? now : completedAt);
  }

  Backfill failed(String why, Instant now) {
    return new Backfill(id, dagId, from, to, conf, BackfillState.FAILED, nextLogicalDate, total,
        created, skipped, why, createdAt, now, now);
  }

  /** One more interval dealt with: its run {@code made}, or skipped as it had one already. */
  Backfill advanced(Instant next, boolean made, Instant now) {
    return new Backfill(id, dagId, from, to, conf, state, next, total, created + (made ? 1 : 0),
        skipped + (made ? 0 : 1), error, createdAt, now, completedAt);
  }

  public boolean isPaused() {
    return state == BackfillState.PAUSED;
  }
}
