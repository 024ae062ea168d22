package dev.nightshift.platform.demo;

import dev.nightshift.scheduler.event.RunListener;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunRef;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskState;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Prints each task's progress as the scheduler reports it and tells the demo when the runs it
 * follows have finished. The scheduler calls in under its lock, so events are only queued here;
 * the demo's own thread prints them.
 */
public final class DemoProgress implements RunListener {
  private static final Set<TaskState> SHOWN =
      Set.of(TaskState.RUNNING, TaskState.SUCCESS, TaskState.FAILED, TaskState.UP_FOR_RETRY,
          TaskState.UPSTREAM_FAILED);

  private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Map<RunRef, RunState> finished = new ConcurrentHashMap<>();
  private final Map<RunRef, Instant> finishedAt = new ConcurrentHashMap<>();

  @Override
  public void taskChanged(TaskInstance task, TaskState from) {
    if (SHOWN.contains(task.state())) {
      lines.add(String.format("  %-16s %-22s %s", task.dagId(), task.taskId(),
          task.state().name().toLowerCase(java.util.Locale.ROOT)));
    }
  }

  @Override
  public void runChanged(DagRun run, RunState from) {
    if (run.state() == RunState.SUCCESS || run.state() == RunState.FAILED) {
      finishedAt.putIfAbsent(run.ref(), Instant.now());
      finished.put(run.ref(), run.state());
      lines.add(""); // wakes the demo thread so it sees the finished run at once
    }
  }

  /**
   * Prints progress until every run in {@code runs} has finished or {@code timeout} passed.
   *
   * @return the final state of each run that finished
   */
  Map<RunRef, RunState> follow(Set<RunRef> runs, Duration timeout, PrintWriter out)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!finished.keySet().containsAll(runs) && System.nanoTime() < deadline) {
      String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line != null && !line.isEmpty()) {
        out.println(line);
        out.flush();
      }
    }
    Map<RunRef, RunState> outcome = new java.util.LinkedHashMap<>();
    runs.forEach(run -> {
      RunState state = finished.get(run);
      if (state != null) {
        outcome.put(run, state);
      }
    });
    return outcome;
  }

  /** When the run finished, as seen by this listener; null while it runs. */
  Instant finishedAt(RunRef run) {
    return finishedAt.get(run);
  }
}
