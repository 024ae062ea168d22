package dev.nightshift.benchmarks;

import dev.nightshift.scheduler.dag.DagFileParser;
import dev.nightshift.scheduler.dag.DagFolder;
import dev.nightshift.scheduler.dag.DagListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Loads a folder of generated DAG files, cold and then warm, and leaves it alone: prints the
 * load time beside the goal, and what the watcher threads cost while nothing changes beside what
 * re-parsing the whole folder costs, which a scheduler that rescans in a loop pays on every pass.
 *
 * <p>Arguments: {@code [files=1000] [tasksPerDag=8] [idleSeconds=5]}.
 */
public final class DagFolderBenchmark {

  private static final long GOAL_MILLIS_PER_1000 = 5_000;

  public static void main(String[] args) throws IOException, InterruptedException {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int idleSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Path dir = Files.createTempDirectory("nightshift-dag-folder-bench");
    try {
      for (int i = 0; i < files; i++) {
        Files.writeString(dir.resolve("dag_" + i + ".yaml"), dagFile(i, tasks));
      }
      DagFileParser parser = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES);
      long coldMillis;
      try (DagFolder cold = new DagFolder(dir, parser, DagListener.NOOP)) {
        coldMillis = timeStart(cold);
      }
      try (DagFolder folder = new DagFolder(dir, parser, DagListener.NOOP)) {
        long warmMillis = timeStart(folder);
        long parsesAfterLoad = folder.parseCount();

        long cpuBefore = watcherCpuNanos();
        Thread.sleep(idleSeconds * 1000L);
        long idleCpuMillis = (watcherCpuNanos() - cpuBefore) / 1_000_000;

        System.out.printf("input: %d DAG files, %d tasks each, %d DAGs loaded, %d import errors, %d cores%n",
            files, tasks, folder.dags().size(), folder.importErrors().size(),
            Runtime.getRuntime().availableProcessors());
        System.out.printf("load at a cold start:  %6d ms   goal: <= %d ms for %d files%n",
            coldMillis, GOAL_MILLIS_PER_1000 * files / 1000, files);
        System.out.printf("load again (warm JIT): %6d ms (%d parses)%n", warmMillis, parsesAfterLoad);
        System.out.printf("idle for %d s:          %6d ms watcher CPU, %d parses   "
                + "a rescan loop: ~%d ms and %d parses per pass%n",
            idleSeconds, idleCpuMillis, folder.parseCount() - parsesAfterLoad, warmMillis, files);
      }
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static long timeStart(DagFolder folder) {
    long started = System.nanoTime();
    folder.start();
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static long watcherCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return Arrays.stream(threads.dumpAllThreads(false, false))
        .filter(t -> t.getThreadName().equals(DagFolder.THREAD_NAME))
        .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getThreadId())))
        .sum();
  }

  private static String dagFile(int n, int tasks) {
    StringBuilder yaml = new StringBuilder()
        .append("id: generated_").append(n).append('\n')
        .append("description: generated DAG number ").append(n).append('\n')
        .append("tags: [generated, bench]\n")
        .append("schedule: \"").append(n % 60).append(" */2 * * *\"\n")
        .append("timezone: Europe/Berlin\n")
        .append("start_date: 2026-01-01\n")
        .append("params: {top_n: 50, region: {type: string, default: eu}}\n")
        .append("default_args: {retries: 2, retry_delay: 5m, retry_exponential_backoff: true}\n")
        .append("tasks:\n");
    for (int t = 0; t < tasks; t++) {
      yaml.append("  - id: task_").append(t).append('\n')
          .append("    type: ").append(t % 2 == 0 ? "batch" : "shell").append('\n')
          .append("    args: {command: \"run --day {{ ds }} --n {{ params.top_n }}\", region: \"{{ params.region }}\"}\n");
      if (t > 0) {
        yaml.append("    depends_on: [task_").append(t - 1).append("]\n");
      }
    }
    return yaml.toString();
  }
}
