package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunRef;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.store.RunStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The engine's copy of the runs that are not finished: the run, its task instances and their
 * latest tries, as last written. Every change of them goes through the engine, which writes the
 * store first and this copy after, so the engine reads here instead of asking the database for
 * rows it wrote itself. A run is loaded on first use and dropped when it finishes; after a failed
 * transaction everything is dropped and read again.
 */
final class ActiveRuns {
  private static final class Entry {
    DagRun run;
    final Map<String, TaskInstance> tasks = new TreeMap<>();
    final Map<String, TaskTry> latestTries = new HashMap<>();
  }

  private final RunStore store;
  private final Map<RunRef, Entry> runs = new HashMap<>();

  ActiveRuns(RunStore store) {
    this.store = store;
  }

  synchronized void created(DagRun run, List<TaskInstance> tasks) {
    Entry entry = new Entry();
    entry.run = run;
    tasks.forEach(t -> entry.tasks.put(t.taskId(), t));
    runs.put(run.ref(), entry);
  }

  synchronized Optional<DagRun> run(RunRef ref) {
    Entry entry = entry(ref);
    return entry != null ? Optional.of(entry.run) : store.run(ref);
  }

  synchronized List<TaskInstance> tasks(RunRef ref) {
    Entry entry = entry(ref);
    return entry != null ? new ArrayList<>(entry.tasks.values()) : store.taskInstances(ref);
  }

  /**
   * The task instances of a run by task id: for a run that is not finished the engine's own map,
   * which every move through the engine updates (callers hold the engine lock); else a copy.
   */
  synchronized Map<String, TaskInstance> taskMap(RunRef ref) {
    Entry entry = entry(ref);
    if (entry != null) {
      return entry.tasks;
    }
    Map<String, TaskInstance> copy = new HashMap<>();
    store.taskInstances(ref).forEach(t -> copy.put(t.taskId(), t));
    return copy;
  }

  synchronized Optional<TaskInstance> task(TaskRef ref) {
    Entry entry = entry(ref.run());
    return entry != null ? Optional.ofNullable(entry.tasks.get(ref.taskId()))
        : store.taskInstance(ref);
  }

  synchronized Optional<TaskTry> latestTry(TaskRef ref) {
    Entry entry = entry(ref.run());
    if (entry == null) {
      return store.latestTry(ref);
    }
    TaskTry known = entry.latestTries.get(ref.taskId());
    if (known == null) {
      Optional<TaskTry> stored = store.latestTry(ref);
      stored.ifPresent(t -> entry.latestTries.put(ref.taskId(), t));
      return stored;
    }
    return Optional.of(known);
  }

  synchronized void runChanged(DagRun run) {
    if (run.state().isFinished()) {
      runs.remove(run.ref());
    } else {
      Entry entry = runs.get(run.ref());
      if (entry != null) {
        entry.run = run;
      }
    }
  }

  synchronized void taskChanged(TaskInstance task) {
    Entry entry = runs.get(task.ref().run());
    if (entry != null) {
      entry.tasks.put(task.taskId(), task);
    }
  }

  synchronized void tryChanged(TaskTry taskTry) {
    Entry entry = runs.get(taskTry.task().run());
    if (entry != null) {
      entry.latestTries.put(taskTry.task().taskId(), taskTry);
    }
  }

  /** Forgets everything: what was written may have been rolled back. */
  synchronized void clear() {
    runs.clear();
  }

  // A run that is not cached is read from the store, and kept when it is not finished.
  private Entry entry(RunRef ref) {
    Entry entry = runs.get(ref);
    if (entry != null) {
      return entry;
    }
    Optional<DagRun> stored = store.run(ref);
    if (stored.isEmpty() || stored.get().state().isFinished()) {
      return null;
    }
    entry = new Entry();
    entry.run = stored.get();
    for (TaskInstance t : store.taskInstances(ref)) {
      entry.tasks.put(t.taskId(), t);
    }
    runs.put(ref, entry);
    return entry;
  }
}
