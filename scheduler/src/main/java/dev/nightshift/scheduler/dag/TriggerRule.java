package dev.nightshift.scheduler.dag;

/** When a task may start, given its upstream tasks' states. Names as in Airflow. */
public enum TriggerRule {
  ALL_SUCCESS,
  ALL_FAILED,
  ALL_DONE,
  ONE_SUCCESS,
  ONE_FAILED,
  NONE_FAILED,
  NONE_FAILED_MIN_ONE_SUCCESS,
  ALWAYS;

  /** The name used in DAG files and the API, e.g. {@code all_success}. */
  public String fileName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
