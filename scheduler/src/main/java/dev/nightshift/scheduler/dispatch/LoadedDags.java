package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.TaskSpec;
import dev.nightshift.scheduler.run.TaskRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current definition of every loaded DAG. A removed DAG gets no new runs, but its last
 * definition is kept so that the runs already in flight can finish.
 */
public final class LoadedDags {
  private final Map<String, DagDefinition> active = new ConcurrentHashMap<>();
  private final Map<String, DagDefinition> retired = new ConcurrentHashMap<>();
  // The tasks of every definition above by id: the engine looks a task up at every move.
  private final Map<DagDefinition, TaskIndex> indexes =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private record TaskIndex(Map<String, TaskSpec> byId, Map<String, List<String>> downstream) {
    static TaskIndex of(DagDefinition dag) {
      Map<String, TaskSpec> byId = new HashMap<>();
      Map<String, List<String>> downstream = new HashMap<>();
      for (TaskSpec task : dag.tasks()) {
        byId.put(task.taskId(), task);
        task.dependsOn().forEach(up ->
            downstream.computeIfAbsent(up, u -> new ArrayList<>()).add(task.taskId()));
      }
      return new TaskIndex(byId, downstream);
    }
  }

  public void put(DagDefinition dag) {
    indexes.put(dag, TaskIndex.of(dag));
    DagDefinition replaced = active.put(dag.dagId(), dag);
    DagDefinition unretired = retired.remove(dag.dagId());
    forget(replaced);
    forget(unretired);
  }

  public void remove(String dagId) {
    DagDefinition gone = active.remove(dagId);
    if (gone != null) {
      forget(retired.put(dagId, gone));
    }
  }

  // A definition replaced by another thread a moment ago is still answered for.
  private TaskIndex index(DagDefinition dag) {
    return indexes.computeIfAbsent(dag, TaskIndex::of);
  }

  private void forget(DagDefinition dag) {
    if (dag != null && active.get(dag.dagId()) != dag && retired.get(dag.dagId()) != dag) {
      indexes.remove(dag);
    }
  }

  /** A loaded (not removed) DAG: one that may get new runs. */
  public Optional<DagDefinition> get(String dagId) {
    return Optional.ofNullable(active.get(dagId));
  }

  public DagDefinition require(String dagId) {
    return get(dagId).orElseThrow(() -> new UnknownDagException(dagId, active.keySet()));
  }

  public Collection<DagDefinition> all() {
    return active.values();
  }

  /** The definition existing runs of a DAG follow, also after the DAG was removed. */
  Optional<DagDefinition> forRuns(String dagId) {
    return get(dagId).or(() -> Optional.ofNullable(retired.get(dagId)));
  }

  /** The spec of a task instance's task in the definition its run follows. */
  Optional<TaskSpec> spec(TaskRef ref) {
    return forRuns(ref.dagId()).map(this::index).map(index -> index.byId().get(ref.taskId()));
  }

  /** The ids of the tasks that depend on {@code taskId} directly, in the run's definition. */
  List<String> downstreamOf(String dagId, String taskId) {
    return forRuns(dagId).map(this::index)
        .map(index -> index.downstream().getOrDefault(taskId, List.of())).orElse(List.of());
  }
}
