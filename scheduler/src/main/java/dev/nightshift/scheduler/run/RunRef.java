package dev.nightshift.scheduler.run;

/** Identifies a DAG run. */
public record RunRef(String dagId, String runId) {
  @Override
  public String toString() {
    return "DagRun(dag=" + dagId + ", run=" + runId + ")";
  }
}
