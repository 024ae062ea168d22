package dev.nightshift.scheduler.run;

/** A run with the same logical date or run id already exists for the DAG. */
public class DuplicateRunException extends IllegalArgumentException {
  public DuplicateRunException(String message) {
    super(message);
  }
}
