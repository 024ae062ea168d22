package dev.nightshift.airflow.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The operations of Airflow's REST API that Nightshift uses, the same for both API versions.
 * Every failure is an {@link AirflowException} naming what Airflow answered, for which DAG and run.
 */
public interface AirflowClient {

  ApiVersion apiVersion();

  /** Airflow's own version, e.g. {@code 2.10.0}. */
  String serverVersion();

  List<AirflowDag> listDags(int limit, int offset);

  AirflowDag getDag(String dagId);

  AirflowDag setPaused(String dagId, boolean paused);

  /**
   * Creates a run with the given id. {@code logicalDate} may be null: Airflow 3 then makes a run
   * without one, Airflow 2 takes the time of the trigger. A run id that exists answers 409.
   */
  AirflowRun trigger(String dagId, String runId, Map<String, Object> conf, Instant logicalDate);

  AirflowRun getRun(String dagId, String runId);

  /** The latest runs of a DAG, newest first. */
  List<AirflowRun> listRuns(String dagId, int limit);

  List<AirflowTaskInstance> listTaskInstances(String dagId, String runId);

  /** One page of a try's log; {@code token} null reads from the start. */
  LogPage readLog(String dagId, String runId, String taskId, int tryNumber, String token);

  /** Sets the run's state to failed, which also stops its unfinished tasks in Airflow. */
  AirflowRun markRunFailed(String dagId, String runId);
}
