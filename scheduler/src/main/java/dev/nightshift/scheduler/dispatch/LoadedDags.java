package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.TaskSpec;
import dev.nightshift.scheduler.run.TaskRef;
import java.util.Collection;
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

  public void put(DagDefinition dag) {
    retired.remove(dag.dagId());
    active.put(dag.dagId(), dag);
  }

  public void remove(String dagId) {
    DagDefinition gone = active.remove(dagId);
    if (gone != null) {
      retired.put(dagId, gone);
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
    return forRuns(ref.dagId()).flatMap(dag -> dag.task(ref.taskId()));
  }
}
