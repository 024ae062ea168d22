package dev.nightshift.scheduler.dag;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One task of a DAG as written in its file, after default task arguments were applied.
 *
 * @param type the runner that executes it: shell, http, batch, spark, publish, airflow; or {@code
 *     {{ params.<name> }}}, the runner a string param names (e.g. an engine: batch or spark)
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

  private static final Pattern PARAM_TYPE = Pattern.compile("\\{\\{\\s*params\\.([A-Za-z0-9_]+)\\s*}}");

  public TaskSpec {
    args = Map.copyOf(args);
    dependsOn = List.copyOf(dependsOn);
  }

  /** The param that chooses the runner, when {@link #type} is {@code {{ params.<name> }}}. */
  public Optional<String> typeParam() {
    return typeParamOf(type);
  }

  static Optional<String> typeParamOf(String type) {
    Matcher m = PARAM_TYPE.matcher(type.trim());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The runner of a run with these params (defaults filled in); the type itself when fixed. */
  public String typeFor(Map<String, Object> params) {
    return typeParam().map(name -> String.valueOf(params.get(name))).orElse(type);
  }
}
