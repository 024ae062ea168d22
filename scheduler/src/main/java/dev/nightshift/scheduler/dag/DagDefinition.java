package dev.nightshift.scheduler.dag;

import dev.nightshift.scheduler.schedule.Schedule;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One parsed, validated DAG. Immutable; a changed file yields a new definition with a new
 * {@code version} (the SHA-256 of the file's bytes), and every run records the version it was
 * created from.
 *
 * @param source where the definition came from (a file path, or "api")
 * @param startDate null only for a manual-only or {@code @once} DAG whose file gives no start_date
 * @param endDate null when the DAG has no end
 */
public record DagDefinition(
    String dagId,
    String description,
    List<String> tags,
    Schedule schedule,
    Instant startDate,
    Instant endDate,
    boolean catchup,
    int maxActiveRuns,
    int maxActiveTasks,
    Map<String, ParamSpec> params,
    List<TaskSpec> tasks,
    String source,
    String version) {

  public DagDefinition {
    tags = List.copyOf(tags);
    params = Map.copyOf(params);
    tasks = List.copyOf(tasks);
  }

  /** The time zone its schedule is evaluated in and in which {@code ds} is written. */
  public ZoneId timezone() {
    return schedule.zone();
  }

  /** Each param's default, where it has one: the params of a run that gives none. */
  public Map<String, Object> paramDefaults() {
    Map<String, Object> defaults = new java.util.LinkedHashMap<>();
    params.forEach((name, spec) -> {
      if (spec.defaultValue() != null) {
        defaults.put(name, spec.defaultValue());
      }
    });
    return defaults;
  }

  public Optional<TaskSpec> task(String taskId) {
    return tasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst();
  }

  /**
   * This DAG with the defaults of the params named in {@code siteDefaults} replaced, where the
   * value fits the param's type: a deployment's settings (the lake's location, say) reach every
   * DAG that declares such a param, without editing the files. Other params stay as written.
   */
  public DagDefinition withParamDefaults(Map<String, Object> siteDefaults) {
    if (siteDefaults.isEmpty() || params.keySet().stream().noneMatch(siteDefaults::containsKey)) {
      return this;
    }
    Map<String, ParamSpec> adjusted = new java.util.LinkedHashMap<>(params);
    siteDefaults.forEach((name, value) -> {
      ParamSpec spec = params.get(name);
      if (spec != null && spec.type().accepts(value)) {
        adjusted.put(name, new ParamSpec(name, spec.type(), value, spec.description()));
      }
    });
    return new DagDefinition(dagId, description, tags, schedule, startDate, endDate,
        catchup, maxActiveRuns, maxActiveTasks, adjusted, tasks, source, version);
  }

  /** Tasks that name {@code taskId} in their {@code depends_on}. */
  public List<TaskSpec> downstreamOf(String taskId) {
    return tasks.stream().filter(t -> t.dependsOn().contains(taskId)).toList();
  }
}
