package dev.nightshift.airflow.mirror;

import dev.nightshift.airflow.client.AirflowDag;
import dev.nightshift.airflow.client.AirflowRun;
import java.util.List;

/** A DAG of an Airflow server and its latest runs, newest first, as last read. */
public record MirroredDag(String connection, AirflowDag dag, List<AirflowRun> recentRuns) {

  public MirroredDag {
    recentRuns = List.copyOf(recentRuns);
  }
}
