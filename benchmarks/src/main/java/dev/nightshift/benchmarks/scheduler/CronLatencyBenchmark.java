package dev.nightshift.benchmarks.scheduler;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskTry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * (d) From a schedule's fire to the first task's start: DAGs on a few-second interval schedule
 * and DAGs on a per-minute cron, each a {@code noop} task followed by a second one. A scheduled
 * run falls due at the end of its data interval, which is when Quartz fires; the latency is that
 * instant → the first task's try start. Runs created by the catch-up at start are left out.
 *
 * <p>Arguments: {@code [seconds=75] [dagsPerKind=10] [intervalSeconds=3]}.
 */
public final class CronLatencyBenchmark {
  private static final long GOAL_P99_MILLIS = 100;

  private CronLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchSupport.quietLogs();
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 75;
    int dags = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int every = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path work = BenchSupport.scratch("fire-bench");
    try {
      Path folder = Files.createDirectories(work.resolve("dags"));
      for (int i = 0; i < dags; i++) {
        Files.writeString(folder.resolve("every_" + i + ".yaml"), dagFile("every_" + i, every + "s"));
        Files.writeString(folder.resolve("minutely_" + i + ".yaml"),
            dagFile("minutely_" + i, "\"* * * * *\""));
      }
      try (NightshiftScheduler scheduler = NightshiftScheduler.builder()
          .dataDir(work.resolve("data")).dagFolder(folder).start()) {
        Instant started = Instant.now();
        long statements = scheduler.statementsExecuted();
        Thread.sleep(seconds * 1000L);
        statements = scheduler.statementsExecuted() - statements;
        List<Step> interval = steps(scheduler, "every_", dags, started);
        List<Step> cron = steps(scheduler, "minutely_", dags, started);
        System.out.printf("input: %d DAGs every %d s and %d DAGs on cron * * * * *, %d s window,"
            + " %s%n", dags, every, dags, seconds, BenchSupport.machine());
        System.out.printf("%-40s %8s %8s %8s %8s%n", "fire -> first task start", "runs",
            "p50 ms", "p99 ms", "max ms");
        print("interval schedule (" + every + " s)", interval, Step::total);
        print("cron, every minute", cron, Step::total);
        List<Step> all = new ArrayList<>(interval);
        all.addAll(cron);
        print("all", all, Step::total);
        print("  of which fire -> run created", all, Step::created);
        print("  of which run created -> task queued", all, Step::queued);
        print("  of which task queued -> try started", all, Step::started);
        System.out.printf("SQL statements per run (its fire, its 2 tasks): %.1f%n",
            statements / (double) Math.max(1, all.size()));
        System.out.printf("goal: p99 <= %d ms.  peers (published): Airflow 2.7 ~2,900 ms per task"
            + " hop; Airflow 2.0 ~12 s of scheduling lag for 1,000 tasks%n", GOAL_P99_MILLIS);
      }
    } finally {
      BenchSupport.delete(work);
    }
  }

  /** One scheduled run's way from its fire to its first task's start, in ms. */
  private record Step(long created, long queued, long started) {
    long total() {
      return created + queued + started;
    }
  }

  private static List<Step> steps(NightshiftScheduler scheduler, String prefix, int dags,
      Instant started) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < dags; i++) {
      for (DagRun run : scheduler.runs(prefix + i, 10_000)) {
        Instant due = run.dataInterval().end();
        if (run.runType() != RunType.SCHEDULED || !due.isAfter(started)) {
          continue;
        }
        for (TaskInstance first : scheduler.taskInstances(prefix + i, run.runId())) {
          if (first.taskId().equals("first") && first.queuedAt() != null) {
            scheduler.tries(first.ref()).stream().findFirst().map(TaskTry::startedAt)
                .ifPresent(start -> steps.add(new Step(millis(due, run.createdAt()),
                    millis(run.createdAt(), first.queuedAt()), millis(first.queuedAt(), start))));
          }
        }
      }
    }
    return steps;
  }

  private static long millis(Instant from, Instant to) {
    return Duration.between(from, to).toMillis();
  }

  private static void print(String label, List<Step> steps, ToLongFunction<Step> part) {
    List<Long> sorted = steps.stream().map(part::applyAsLong).sorted().toList();
    System.out.printf("%-40s %8d %8d %8d %8d%n", label, sorted.size(),
        BenchSupport.percentile(sorted, 50), BenchSupport.percentile(sorted, 99),
        sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
  }

  private static String dagFile(String id, String schedule) {
    return """
        id: %s
        schedule: %s
        start_date: 2026-01-01
        tasks:
          - id: first
            type: noop
          - id: second
            type: noop
            depends_on: [first]
        """.formatted(id, schedule);
  }
}
