package dev.nightshift.scheduler.backfill;

/** An operator asked a backfill for a change its state does not allow (e.g. pause a completed one). */
public final class BackfillStateException extends IllegalStateException {
  public BackfillStateException(String message) {
    super(message);
  }
}
