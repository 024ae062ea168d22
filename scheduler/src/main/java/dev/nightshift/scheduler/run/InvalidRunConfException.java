package dev.nightshift.scheduler.run;

/** A trigger's conf does not match the DAG's declared params; the message names the param. */
public class InvalidRunConfException extends RuntimeException {
  public InvalidRunConfException(String message) {
    super(message);
  }
}
