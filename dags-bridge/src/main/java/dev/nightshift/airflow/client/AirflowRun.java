package dev.nightshift.airflow.client;

import java.time.Instant;

/** A DAG run as Airflow describes it; {@code state} is Airflow's: queued, running, success, failed. */
public record AirflowRun(
    String dagId, String runId, String state, Instant logicalDate, Instant startDate, Instant endDate) {

  public boolean isFinished() {
    return "success".equals(state) || "failed".equals(state);
  }

  public boolean succeeded() {
    return "success".equals(state);
  }
}
