package dev.nightshift.airflow.runner;

/** An Airflow run could not be started; the message says what Airflow answered, about which DAG. */
public class AirflowTaskException extends RuntimeException {
  public AirflowTaskException(String message) {
    super(message);
  }

  public AirflowTaskException(String message, Throwable cause) {
    super(message, cause);
  }
}
