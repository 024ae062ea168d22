package dev.nightshift.platform.app;

import dev.nightshift.scheduler.event.RunListener;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskState;
import java.util.List;

/** Hands each scheduler event to every listener bean (metrics, progress displays). */
final class RunListeners implements RunListener {
  private final List<RunListener> listeners;

  RunListeners(List<RunListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void taskChanged(TaskInstance task, TaskState from) {
    listeners.forEach(listener -> listener.taskChanged(task, from));
  }

  @Override
  public void runChanged(DagRun run, RunState from) {
    listeners.forEach(listener -> listener.runChanged(run, from));
  }
}
