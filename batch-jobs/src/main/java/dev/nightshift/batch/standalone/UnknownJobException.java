package dev.nightshift.batch.standalone;

/** A job name that no job carries; the message lists the known ones. */
public class UnknownJobException extends RuntimeException {
  public UnknownJobException(String message) {
    super(message);
  }
}
