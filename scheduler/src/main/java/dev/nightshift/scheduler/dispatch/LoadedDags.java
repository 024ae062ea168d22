package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.TaskSpec;
import dev.nightshift.scheduler.run.TaskRef;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The current definition of every loaded DAG. */
public final class LoadedDags {
  private final Map<String, DagDefinition> byId = new ConcurrentHashMap<>();

  public void put(DagDefinition dag) {
    byId.put(dag.dagId(), dag);
  }

  public void remove(String dagId) {
    byId.remove(dagId);
  }

  public Optional<DagDefinition> get(String dagId) {
    return Optional.ofNullable(byId.get(dagId));
  }

  public DagDefinition require(String dagId) {
    return get(dagId).orElseThrow(() -> new UnknownDagException(dagId, byId.keySet()));
  }

  public Collection<DagDefinition> all() {
    return byId.values();
  }

  /** The spec of a task instance's task in the DAG's current definition. */
  Optional<TaskSpec> spec(TaskRef ref) {
    return get(ref.dagId()).flatMap(dag -> dag.task(ref.taskId()));
  }
}
