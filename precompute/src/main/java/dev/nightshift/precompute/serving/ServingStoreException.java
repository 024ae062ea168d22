package dev.nightshift.precompute.serving;

/** The serving store could not do what was asked: a database failure or a lifecycle misuse. */
public class ServingStoreException extends RuntimeException {
  public ServingStoreException(String message) {
    super(message);
  }

  public ServingStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
