package dev.nightshift.platform.api.dags;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.ParamSpec;
import dev.nightshift.scheduler.dag.TaskSpec;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One DAG with its tasks and params. */
public record DagDetailJson(
    @JsonUnwrapped DagJson dag,
    @JsonProperty("catchup") Boolean catchup,
    @JsonProperty("start_date") Instant startDate,
    @JsonProperty("end_date") Instant endDate,
    @JsonProperty("params") List<Param> params,
    @JsonProperty("tasks") List<Task> tasks) {

  /** A declared run parameter; a trigger's conf is checked against its type. */
  public record Param(
      @JsonProperty("name") String name,
      @JsonProperty("type") String type,
      @JsonProperty("default") Object defaultValue,
      @JsonProperty("description") String description) {}

  /** A task as written in the DAG file. */
  public record Task(
      @JsonProperty("task_id") String taskId,
      @JsonProperty("type") String type,
      @JsonProperty("upstream_task_ids") List<String> upstream,
      @JsonProperty("downstream_task_ids") List<String> downstream,
      @JsonProperty("pool") String pool,
      @JsonProperty("priority_weight") int priorityWeight,
      @JsonProperty("retries") int retries,
      @JsonProperty("trigger_rule") String triggerRule,
      @JsonProperty("args") Map<String, Object> args) {}

  static DagDetailJson of(DagJson summary, DagDefinition dag) {
    if (dag == null) {
      return new DagDetailJson(summary, null, null, null, List.of(), List.of());
    }
    List<Param> params =
        dag.params().values().stream()
            .sorted(Comparator.comparing(ParamSpec::name))
            .map(
                p ->
                    new Param(
                        p.name(), p.type().name().toLowerCase(), p.defaultValue(), p.description()))
            .toList();
    List<Task> tasks = dag.tasks().stream().map(t -> task(dag, t)).toList();
    return new DagDetailJson(summary, dag.catchup(), dag.startDate(), dag.endDate(), params, tasks);
  }

  private static Task task(DagDefinition dag, TaskSpec t) {
    return new Task(
        t.taskId(),
        t.type(),
        t.dependsOn(),
        dag.downstreamOf(t.taskId()).stream().map(TaskSpec::taskId).toList(),
        t.pool(),
        t.priorityWeight(),
        t.retry().retries(),
        t.triggerRule().name().toLowerCase(),
        t.args());
  }
}
