package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.TaskSpec;
import dev.nightshift.scheduler.run.DagRun;
import java.util.Map;

/** Substitutes the templates in a task's arguments before a try starts. */
@FunctionalInterface
public interface ArgsRenderer {
  ArgsRenderer NONE = (dag, run, task, tryNumber) -> task.args();

  Map<String, Object> render(DagDefinition dag, DagRun run, TaskSpec task, int tryNumber);
}
