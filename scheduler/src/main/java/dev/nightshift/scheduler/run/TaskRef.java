package dev.nightshift.scheduler.run;

/** Identifies a task instance: one task in one DAG run. */
public record TaskRef(String dagId, String runId, String taskId) {
  public RunRef run() {
    return new RunRef(dagId, runId);
  }

  @Override
  public String toString() {
    return "TaskInstance(dag=" + dagId + ", run=" + runId + ", task=" + taskId + ")";
  }
}
