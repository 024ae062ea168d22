package dev.nightshift.benchmarks;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskTry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * How long a finished task's successor waits before it starts: Nightshift decides on the
 * process's exit event; a polling scheduler notices the exit and the ready successor on its next
 * loop. Runs a chain of shell tasks ({@code true}) both ways and prints the hand-off gaps side by
 * side. The polling peer loops every second, Airflow's default scheduler_idle_sleep_time.
 *
 * <p>Arguments: {@code [tasks=20]}.
 */
public final class TaskHandoffBenchmark {
  private static final Duration PEER_LOOP = Duration.ofSeconds(1);
  private static double statementsPerTask;

  private TaskHandoffBenchmark() {}

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
        org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.WARN);
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Path work = Files.createTempDirectory("nightshift-handoff-bench");
    try {
      List<Long> nightshift = nightshiftGaps(work, tasks);
      List<Long> polling = pollingGaps(tasks);
      System.out.printf("input: a chain of %d shell tasks (`true`), %d cores%n", tasks,
          Runtime.getRuntime().availableProcessors());
      System.out.printf("%-44s %12s %12s %12s%n", "hand-off gap (end of task -> next start)",
          "median ms", "p95 ms", "total ms");
      print("nightshift (exit event -> ready queue)", nightshift);
      print("polling loop, 1 s (lower bound)", polling);
      System.out.printf("nightshift metadata cost: %.1f SQL statements per task (the run's"
          + " statements included)%n", statementsPerTask);
    } finally {
      try (Stream<Path> paths = Files.walk(work)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static List<Long> nightshiftGaps(Path work, int tasks)
      throws IOException, InterruptedException {
    Path folder = Files.createDirectories(work.resolve("dags"));
    StringBuilder yaml = new StringBuilder("id: chain\nschedule: manual\ntasks:\n");
    for (int i = 0; i < tasks; i++) {
      yaml.append("  - id: t").append(i).append("\n    type: shell\n    args: {command: \"true\"}\n");
      if (i > 0) {
        yaml.append("    depends_on: [t").append(i - 1).append("]\n");
      }
    }
    Files.writeString(folder.resolve("chain.yaml"), yaml);
    try (NightshiftScheduler scheduler = NightshiftScheduler.builder()
        .dataDir(work.resolve("data")).dagFolder(folder).start()) {
      long statementsBefore = scheduler.statementsExecuted();
      DagRun run = scheduler.trigger("chain", Map.of(), null);
      while (!scheduler.run("chain", run.runId()).orElseThrow().state().isFinished()) {
        Thread.sleep(50); // the driver's own wait; the scheduler is not polled by itself
      }
      List<TaskTry> tries = new ArrayList<>();
      scheduler.taskInstances("chain", run.runId())
          .forEach(t -> tries.addAll(scheduler.tries(t.ref())));
      statementsPerTask = (scheduler.statementsExecuted() - statementsBefore) / (double) tasks;
      tries.sort(Comparator.comparing(TaskTry::startedAt));
      List<Long> gaps = new ArrayList<>();
      for (int i = 1; i < tries.size(); i++) {
        gaps.add(Duration.between(tries.get(i - 1).endedAt(), tries.get(i).startedAt()).toMillis());
      }
      return gaps;
    }
  }

  /**
   * A scheduler that looks every second: an exit is noticed on the next pass, which also starts
   * the successor. A lower bound for a real polling scheduler, which also queues through an
   * executor.
   */
  private static List<Long> pollingGaps(int tasks) throws Exception {
    List<Long> gaps = new ArrayList<>();
    Instant previousEnd = null;
    for (int i = 0; i < tasks; i++) {
      if (previousEnd != null) {
        gaps.add(Duration.between(previousEnd, Instant.now()).toMillis());
      }
      Process task = new ProcessBuilder("true").start();
      CompletableFuture<Instant> ended = task.onExit().thenApply(p -> Instant.now());
      do {
        Thread.sleep(PEER_LOOP.toMillis());
      } while (task.isAlive());
      previousEnd = ended.join();
    }
    return gaps;
  }

  private static void print(String label, List<Long> gaps) {
    List<Long> sorted = gaps.stream().sorted().toList();
    long median = sorted.get(sorted.size() / 2);
    long p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    long total = gaps.stream().mapToLong(Long::longValue).sum();
    System.out.printf("%-44s %12d %12d %12d%n", label, median, p95, total);
  }
}
