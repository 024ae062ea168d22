package dev.nightshift.scheduler.runner;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.TaskSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The runners a scheduler knows, by type. */
public final class TaskRunners {
  private final Map<String, TaskRunner> byType = new TreeMap<>();

  public TaskRunners(Collection<TaskRunner> runners) {
    for (TaskRunner runner : runners) {
      if (byType.putIfAbsent(runner.type(), runner) != null) {
        throw new IllegalArgumentException("two task runners for type '" + runner.type() + "'");
      }
    }
  }

  public TaskRunner get(String type) {
    TaskRunner runner = byType.get(type);
    if (runner == null) {
      throw new UnknownRunnerTypeException(unknown(type));
    }
    return runner;
  }

  /** One message per task whose type no runner handles; empty when the DAG can run. */
  public List<String> problems(DagDefinition dag) {
    List<String> problems = new ArrayList<>();
    for (TaskSpec task : dag.tasks()) {
      String type = task.typeFor(dag.paramDefaults());
      if (!byType.containsKey(type)) {
        problems.add("DAG '" + dag.dagId() + "', task '" + task.taskId() + "': " + unknown(type));
      }
    }
    return problems;
  }

  /** The registered types, e.g. for the DAG file parser to check task types against. */
  public java.util.Set<String> types() {
    return java.util.Collections.unmodifiableSet(byType.keySet());
  }

  private String unknown(String type) {
    return "unknown task type '" + type + "'; known types: " + String.join(", ", byType.keySet())
        + " (register a TaskRunner for it with SchedulerBuilder.runner)";
  }
}
