package dev.nightshift.airflow.client;

/**
 * Airflow answered something other than success, or could not be reached ({@link #status} 0). The
 * message names the server, the request, the DAG and run it was about, and Airflow's answer; it
 * never holds a credential.
 */
public class AirflowException extends RuntimeException {
  private final int status;

  public AirflowException(int status, String message) {
    super(message);
    this.status = status;
  }

  public AirflowException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  /** The HTTP status Airflow answered; 0 when there was no HTTP answer (or not one we understood). */
  public int status() {
    return status;
  }

  public boolean isNotFound() {
    return status == 404;
  }

  public boolean isConflict() {
    return status == 409;
  }
}
