package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.run.TaskRef;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.ArrayList;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Queued tasks in priority order, and the slots they need: one in their pool, one under their
 * DAG's max_active_tasks. {@link #take} hands out the first tasks whose slots are free and
 * reserves them; when none can start, it waits for the event that changes that (a new task, a
 * freed slot), never polling.
 */
final class ReadyQueue {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final TreeSet<QueuedTask> waiting = new TreeSet<>(QueuedTask.ORDER);
  private final Map<TaskRef, QueuedTask> holding = new HashMap<>();
  private final Map<String, Integer> poolSlots = new HashMap<>();
  private final Map<String, Integer> poolUsed = new HashMap<>();
  private final Map<String, Integer> dagLimits = new HashMap<>();
  private final Map<String, Integer> dagUsed = new HashMap<>();
  private final ThreadLocal<Boolean> wakeDeferred = ThreadLocal.withInitial(() -> false);
  private boolean closed;

  void setPool(String pool, int slots) {
    withLock(() -> poolSlots.put(pool, slots));
  }

  boolean hasPool(String pool) {
    lock.lock();
    try {
      return poolSlots.containsKey(pool);
    } finally {
      lock.unlock();
    }
  }

  void setDagLimit(String dagId, int maxActiveTasks) {
    withLock(() -> dagLimits.put(dagId, maxActiveTasks));
  }

  /** Adds tasks in one step, so that a dispatcher sees all of them and picks by priority. */
  void offerAll(java.util.Collection<QueuedTask> tasks) {
    if (!wakeDeferred.get()) {
      withLock(() -> waiting.addAll(tasks));
      return;
    }
    lock.lock();
    try {
      waiting.addAll(tasks);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code work}, in which this thread offers tasks and then polls for them itself, without
   * waking the other dispatchers for what it offers; they are woken afterwards for what is left.
   * Otherwise an idle dispatcher takes the task first and begins it in a transaction of its own.
   */
  <T> T withWakeDeferred(java.util.function.Supplier<T> work) {
    wakeDeferred.set(true);
    try {
      return work.get();
    } finally {
      wakeDeferred.set(false);
      withLock(() -> { });
    }
  }

  /** Takes slots for a task that already runs (adopted after a restart), even beyond a limit. */
  void hold(QueuedTask task) {
    withLock(() -> reserve(task));
  }

  /** Frees the slots of a task that stopped running; no-op when it held none. */
  void release(TaskRef ref) {
    withLock(() -> {
      QueuedTask task = holding.remove(ref);
      if (task != null) {
        poolUsed.merge(task.pool(), -1, Integer::sum);
        dagUsed.merge(ref.dagId(), -1, Integer::sum);
      }
    });
  }

  /** Drops a waiting task (an operator cleared or marked it). */
  void remove(TaskRef ref) {
    withLock(() -> waiting.removeIf(t -> t.ref().equals(ref)));
  }

  /**
   * The next tasks that may start, at most {@code max}, in priority order with their slots
   * reserved; waits until there is one. Empty once closed.
   */
  List<QueuedTask> take(int max) throws InterruptedException {
    lock.lock();
    try {
      while (!closed) {
        List<QueuedTask> taken = takeFitting(max);
        if (!taken.isEmpty()) {
          return taken;
        }
        changed.await();
      }
      return List.of();
    } finally {
      lock.unlock();
    }
  }

  /** Like {@link #take}, but never waits: empty when nothing may start now or once closed. */
  List<QueuedTask> poll(int max) {
    lock.lock();
    try {
      return closed ? List.of() : takeFitting(max);
    } finally {
      lock.unlock();
    }
  }

  private List<QueuedTask> takeFitting(int max) {
    List<QueuedTask> taken = new ArrayList<>();
    for (Iterator<QueuedTask> it = waiting.iterator(); it.hasNext() && taken.size() < max; ) {
      QueuedTask task = it.next();
      if (fits(task)) {
        it.remove();
        reserve(task);
        taken.add(task);
      }
    }
    return taken;
  }

  /** Tasks waiting for a dispatcher or a free slot. */
  int waitingCount() {
    lock.lock();
    try {
      return waiting.size();
    } finally {
      lock.unlock();
    }
  }

  /** Size and slots taken of every pool, by name. */
  Map<String, PoolUsage> poolUsage() {
    lock.lock();
    try {
      Map<String, PoolUsage> usage = new java.util.TreeMap<>();
      poolSlots.forEach((pool, slots) ->
          usage.put(pool, new PoolUsage(slots, poolUsed.getOrDefault(pool, 0))));
      return usage;
    } finally {
      lock.unlock();
    }
  }

  void close() {
    withLock(() -> closed = true);
  }

  private boolean fits(QueuedTask task) {
    int pool = poolSlots.getOrDefault(task.pool(), 0);
    int dag = dagLimits.getOrDefault(task.ref().dagId(), Integer.MAX_VALUE);
    return poolUsed.getOrDefault(task.pool(), 0) < pool
        && dagUsed.getOrDefault(task.ref().dagId(), 0) < dag;
  }

  private void reserve(QueuedTask task) {
    if (holding.putIfAbsent(task.ref(), task) == null) {
      poolUsed.merge(task.pool(), 1, Integer::sum);
      dagUsed.merge(task.ref().dagId(), 1, Integer::sum);
    }
  }

  // Every change may let a waiting dispatcher start something: wake them all to look again.
  // With no task waiting there is nothing to start (a chain's freed slot wakes no one).
  private void withLock(Runnable change) {
    lock.lock();
    try {
      change.run();
      if (closed || !waiting.isEmpty()) {
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }
}
