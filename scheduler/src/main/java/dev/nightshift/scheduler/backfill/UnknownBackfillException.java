package dev.nightshift.scheduler.backfill;

/** No backfill has the id asked for. */
public final class UnknownBackfillException extends IllegalArgumentException {
  public UnknownBackfillException(long id) {
    super("no backfill " + id);
  }
}
