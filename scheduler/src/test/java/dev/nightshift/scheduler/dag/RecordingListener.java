package dev.nightshift.scheduler.dag;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every call, and the thread it came on. */
final class RecordingListener implements DagListener {

  final List<DagDefinition> updated = new CopyOnWriteArrayList<>();
  final List<String> removed = new CopyOnWriteArrayList<>();
  final List<List<ImportError>> errors = new CopyOnWriteArrayList<>();
  final List<String> threads = new CopyOnWriteArrayList<>();

  @Override
  public void dagUpdated(DagDefinition dag) {
    threads.add(Thread.currentThread().getName());
    updated.add(dag);
  }

  @Override
  public void dagRemoved(String dagId) {
    threads.add(Thread.currentThread().getName());
    removed.add(dagId);
  }

  @Override
  public void importErrorsChanged(List<ImportError> current) {
    threads.add(Thread.currentThread().getName());
    errors.add(current);
  }

  List<ImportError> lastErrors() {
    return errors.isEmpty() ? List.of() : errors.get(errors.size() - 1);
  }
}
