package dev.nightshift.airflow.runner;

import dev.nightshift.scheduler.runner.RunHandle;

/**
 * Which Airflow run a handle stands for: the connection's name, the DAG and the run id. Written
 * into the persisted handle as {@code connection|dag_id|dag_run_id}; none of the three can hold a
 * {@code |} (connection names and Airflow DAG ids are checked, run ids made safe).
 */
record AirflowWork(String connection, String dagId, String runId) {

  static AirflowWork of(RunHandle handle) {
    String[] parts = handle.externalId().split("\\|", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not an Airflow run handle: " + handle.externalId());
    }
    return new AirflowWork(parts[0], parts[1], parts[2]);
  }

  RunHandle handle() {
    return new RunHandle(AirflowRunner.TYPE, connection + "|" + dagId + "|" + runId);
  }

  @Override
  public String toString() {
    return "Airflow run '" + runId + "' of DAG '" + dagId + "' (connection '" + connection + "')";
  }
}
