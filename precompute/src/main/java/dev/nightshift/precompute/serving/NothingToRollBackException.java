package dev.nightshift.precompute.serving;

/**
 * A rollback was refused because there is no earlier published version to go back to (nothing is
 * published, or the current version is the oldest published one kept); nothing changed.
 */
public class NothingToRollBackException extends ServingStoreException {
  public NothingToRollBackException(String message) {
    super(message);
  }
}
