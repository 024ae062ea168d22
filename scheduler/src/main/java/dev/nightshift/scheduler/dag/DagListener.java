package dev.nightshift.scheduler.dag;

import java.util.List;

/**
 * Receives what the DAG folder learns. Called on the watcher thread, one call at a time, in the
 * order the changes were seen; implementations must not block for long.
 */
public interface DagListener {

  /** Ignores everything; for callers that only read {@link DagFolder#dags()}. */
  DagListener NOOP = new DagListener() {
    @Override
    public void dagUpdated(DagDefinition dag) {}

    @Override
    public void dagRemoved(String dagId) {}

    @Override
    public void importErrorsChanged(List<ImportError> errors) {}
  };

  /** A DAG appeared or its definition changed (a new {@link DagDefinition#version()}). */
  void dagUpdated(DagDefinition dag);

  /** The file that defined {@code dagId} was removed, or no longer defines it. */
  void dagRemoved(String dagId);

  /** The complete current set of import errors, after every change. */
  void importErrorsChanged(List<ImportError> errors);
}
