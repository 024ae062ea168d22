package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.run.TaskRef;
import java.time.Instant;
import java.util.Comparator;

/** A task waiting for a dispatcher: highest priority weight first, then the longest waiting. */
record QueuedTask(TaskRef ref, String pool, int priorityWeight, Instant queuedAt, long sequence) {
  static final Comparator<QueuedTask> ORDER = Comparator
      .comparingInt(QueuedTask::priorityWeight).reversed()
      .thenComparing(QueuedTask::queuedAt)
      .thenComparingLong(QueuedTask::sequence);
}
