package dev.nightshift.scheduler.dag;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One task of a DAG as written in its file, after default task arguments were applied.
 *
 * @param type the runner that executes it: shell, http, batch, spark, publish, airflow
 * @param args the runner's arguments; string values may hold {@code {{ ... }}} templates
 * @param executionTimeout null for no timeout
 */
public record TaskSpec(
    String taskId,
    String type,
    Map<String, Object> args,
    List<String> dependsOn,
    RetryPolicy retry,
    Duration executionTimeout,
    TriggerRule triggerRule,
    String pool,
    int priorityWeight) {

  public static final String DEFAULT_POOL = "default_pool";

  public TaskSpec {
    args = Map.copyOf(args);
    dependsOn = List.copyOf(dependsOn);
  }
}
