package dev.nightshift.benchmarks.scheduler;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskTry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * (c) How fast tasks follow each other: a DAG of 1,000 {@code noop} tasks as a chain and as a
 * fan-out (root → 998 parallel → sink), and the same shapes with {@code shell} {@code true} for
 * reference (process start included). From the tries' recorded times: the task-to-task latency
 * (an upstream's end → its downstream's start; for the sink, the last upstream's end) at p50 and
 * p99, and tasks per second (first start → last end); the statements and the process's CPU time
 * per task (every thread, JIT and GC: a figure that a busy machine disturbs less than the wall
 * clock's). Prints the peers' published figures beside.
 *
 * <p>Arguments: {@code [tasks=1000] [shellTasks=200]}.
 */
public final class TaskThroughputBenchmark {
  private static final long GOAL_P99_MILLIS = 50;
  private static final double GOAL_TASKS_PER_SECOND = 1_000;

  private TaskThroughputBenchmark() {}

  private record Shape(String dagId, String type, boolean fanOut, int tasks) {}

  private record Figures(long p50, long p99, long max, double tasksPerSecond,
      double statementsPerTask, double cpuMicrosPerTask) {}

  public static void main(String[] args) throws Exception {
    BenchSupport.quietLogs();
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int shellTasks = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    List<Shape> shapes = List.of(
        new Shape("noop_chain", "noop", false, tasks),
        new Shape("noop_fan_out", "noop", true, tasks),
        new Shape("shell_chain", "shell", false, shellTasks),
        new Shape("shell_fan_out", "shell", true, shellTasks));
    Path work = BenchSupport.scratch("throughput-bench");
    try {
      Path folder = Files.createDirectories(work.resolve("dags"));
      for (Shape shape : shapes) {
        Files.writeString(folder.resolve(shape.dagId() + ".yaml"), dagFile(shape));
      }
      try (NightshiftScheduler scheduler = NightshiftScheduler.builder()
          .dataDir(work.resolve("data")).dagFolder(folder).start()) {
        scheduler.setPool("default_pool", 2 * Math.max(tasks, shellTasks));
        measure(scheduler, new Shape("noop_chain", "noop", false, tasks)); // warm-up (JIT)
        System.out.printf("input: DAGs of N tasks, one run each, H2, %s%n", BenchSupport.machine());
        System.out.printf("%-40s %8s %8s %8s %10s %10s %12s%n", "shape (N tasks)", "p50 ms",
            "p99 ms", "max ms", "tasks/s", "SQL/task", "CPU us/task");
        for (Shape shape : shapes) {
          Figures f = measure(scheduler, shape);
          System.out.printf("%-40s %8d %8d %8d %10.0f %10.1f %12.0f%n",
              shape.type() + (shape.fanOut() ? " fan-out 1->" + (shape.tasks() - 2) + "->1"
                  : " chain") + " (" + shape.tasks() + ")",
              f.p50(), f.p99(), f.max(), f.tasksPerSecond(), f.statementsPerTask(),
              f.cpuMicrosPerTask());
        }
        System.out.printf("goal: p99 <= %d ms, >= %.0f tasks/s (noop, %d tasks)%n",
            GOAL_P99_MILLIS, GOAL_TASKS_PER_SECOND, tasks);
        System.out.println("peers (published): Airflow 2.7 ~2,900 ms per task hop in a chain;"
            + " Airflow 2.0 ~12 s of scheduling lag for 1,000 tasks;"
            + " DolphinScheduler ~40 tasks/s on one machine");
      }
    } finally {
      BenchSupport.delete(work);
    }
  }

  private static Figures measure(NightshiftScheduler scheduler, Shape shape)
      throws InterruptedException {
    long statements = scheduler.statementsExecuted();
    long cpu = BenchSupport.processCpuNanos();
    DagRun run = scheduler.trigger(shape.dagId(), Map.of(), null);
    while (!scheduler.run(shape.dagId(), run.runId()).orElseThrow().state().isFinished()) {
      Thread.sleep(20); // the driver's own wait; the scheduler does not poll
    }
    double statementsPerTask =
        (scheduler.statementsExecuted() - statements) / (double) shape.tasks();
    double cpuMicrosPerTask = (BenchSupport.processCpuNanos() - cpu) / 1e3 / shape.tasks();
    Map<String, TaskTry> tries = new HashMap<>();
    scheduler.taskInstances(shape.dagId(), run.runId())
        .forEach(t -> scheduler.tries(t.ref()).forEach(tr -> tries.put(t.taskId(), tr)));
    if (tries.size() != shape.tasks() || tries.values().stream()
        .anyMatch(t -> t.endedAt() == null || !t.state().apiName().equals("success"))) {
      throw new IllegalStateException(shape.dagId() + " did not succeed in full");
    }
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < shape.tasks(); i++) {
      Instant start = tries.get(taskId(i)).startedAt();
      gaps.add(Duration.between(upstreamEnd(shape, tries, i), start).toMillis());
    }
    gaps.sort(null);
    Instant first = tries.values().stream().map(TaskTry::startedAt).min(Instant::compareTo)
        .orElseThrow();
    Instant last = tries.values().stream().map(TaskTry::endedAt).max(Instant::compareTo)
        .orElseThrow();
    double seconds = Math.max(1, Duration.between(first, last).toMillis()) / 1000.0;
    return new Figures(BenchSupport.percentile(gaps, 50), BenchSupport.percentile(gaps, 99),
        gaps.get(gaps.size() - 1), shape.tasks() / seconds, statementsPerTask, cpuMicrosPerTask);
  }

  private static Instant upstreamEnd(Shape shape, Map<String, TaskTry> tries, int task) {
    if (!shape.fanOut()) {
      return tries.get(taskId(task - 1)).endedAt();
    }
    if (task < shape.tasks() - 1) {
      return tries.get(taskId(0)).endedAt();
    }
    Instant latest = Instant.MIN;
    for (int i = 1; i < task; i++) {
      Instant end = tries.get(taskId(i)).endedAt();
      latest = end.isAfter(latest) ? end : latest;
    }
    return latest;
  }

  private static String taskId(int n) {
    return "t" + n;
  }

  private static String dagFile(Shape shape) {
    StringBuilder yaml = new StringBuilder("id: ").append(shape.dagId())
        .append("\nschedule: manual\nmax_active_tasks: ").append(shape.tasks()).append("\ntasks:\n");
    String args = shape.type().equals("shell") ? "\n    args: {command: \"true\"}" : "";
    for (int i = 0; i < shape.tasks(); i++) {
      yaml.append("  - id: ").append(taskId(i)).append("\n    type: ").append(shape.type())
          .append(args).append('\n');
      if (i == 0) {
        continue;
      }
      if (!shape.fanOut()) {
        yaml.append("    depends_on: [").append(taskId(i - 1)).append("]\n");
      } else if (i < shape.tasks() - 1) {
        yaml.append("    depends_on: [").append(taskId(0)).append("]\n");
      } else {
        yaml.append("    depends_on: [");
        for (int u = 1; u < i; u++) {
          yaml.append(u > 1 ? ", " : "").append(taskId(u));
        }
        yaml.append("]\n");
      }
    }
    return yaml.toString();
  }
}
