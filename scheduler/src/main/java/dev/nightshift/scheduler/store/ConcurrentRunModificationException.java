package dev.nightshift.scheduler.store;

/** Another writer changed the row between this writer's read and its update. */
public class ConcurrentRunModificationException extends RuntimeException {
  public ConcurrentRunModificationException(String what, long expectedVersion) {
    super(what + " was changed by another writer (expected version " + expectedVersion
        + "); read it again and retry");
  }
}
