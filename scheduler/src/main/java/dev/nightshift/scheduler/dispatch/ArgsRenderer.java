package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.TaskSpec;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.template.TemplateContext;
import dev.nightshift.scheduler.template.TemplateRenderer;
import java.util.Map;

/** Substitutes the templates in a task's arguments before a try starts. */
@FunctionalInterface
public interface ArgsRenderer {
  /** The DAG file templates: {@code {{ ds }}}, {@code {{ params.x }}}, the data interval, ... */
  ArgsRenderer TEMPLATES = (dag, run, task, tryNumber) -> TemplateRenderer.renderArgs(task.args(),
      new TemplateContext(dag.dagId(), task.taskId(), run.runId(), run.logicalDate(), run.dataInterval(),
          dag.timezone(), tryNumber, run.conf()));

  Map<String, Object> render(DagDefinition dag, DagRun run, TaskSpec task, int tryNumber);
}
