package dev.nightshift.spark;

/** A Spark job's command line is missing an argument or has a malformed one; names which. */
public final class InvalidJobArgumentException extends RuntimeException {
  public InvalidJobArgumentException(String message) {
    super(message);
  }
}
