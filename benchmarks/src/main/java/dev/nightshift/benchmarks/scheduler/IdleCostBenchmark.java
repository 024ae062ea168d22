package dev.nightshift.benchmarks.scheduler;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dag.DagFileParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * (a) What an idle scheduler costs: 1,000 DAG files loaded, none due, left alone. Measures the
 * CPU time of the whole process (OperatingSystemMXBean, i.e. /proc/self/stat: every thread, JIT
 * and GC included) and the SQL statements sent, over the window after start-up has settled. The
 * driver itself only sleeps meanwhile. Prints beside them what Airflow's default cadence costs on
 * the same files: every file parsed again every 30 s (min_file_process_interval), the folder
 * listed again every 300 s (dag_dir_list_interval), priced here by the CPU time of one parse
 * pass over the same files.
 *
 * <p>Arguments: {@code [dags=1000] [seconds=60]}.
 */
public final class IdleCostBenchmark {
  private static final double GOAL_CORE_PERCENT = 0.5;
  private static final double GOAL_STATEMENTS_PER_MINUTE = 1;
  private static final int AIRFLOW_REPARSE_SECONDS = 30;
  private static final int AIRFLOW_RELIST_SECONDS = 300;

  private IdleCostBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchSupport.quietLogs();
    int dags = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    Path work = BenchSupport.scratch("idle-bench");
    try {
      Path folder = BenchSupport.writeIdleDags(work.resolve("dags"), dags);
      try (NightshiftScheduler scheduler = NightshiftScheduler.builder()
          .dataDir(work.resolve("data")).dagFolder(folder).start()) {
        if (scheduler.dags().size() != dags || !scheduler.importErrors().isEmpty()) {
          throw new IllegalStateException("generated DAGs did not all load: "
              + scheduler.importErrors());
        }
        Thread.sleep(5_000); // start-up work (JIT, GC, pool fill) settles
        System.gc();
        Thread.sleep(1_000);
        long statements = scheduler.statementsExecuted();
        long cpu = BenchSupport.processCpuNanos();
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long elapsed = System.nanoTime() - started;
        double minutes = elapsed / 60e9;
        double corePercent = 100.0 * (BenchSupport.processCpuNanos() - cpu) / elapsed;
        double statementsPerMinute = (scheduler.statementsExecuted() - statements) / minutes;
        long passMillis = parsePassMillis(folder);
        double airflowCpuPerMinute = passMillis * 60.0 / AIRFLOW_REPARSE_SECONDS;
        System.out.printf("input: %d DAG files (none due), idle window %d s, %s%n", dags, seconds,
            BenchSupport.machine());
        System.out.printf("nightshift process CPU: %.3f %% of one core (%.0f ms/min)   goal: <= %.1f %%%n",
            corePercent, corePercent * 600, GOAL_CORE_PERCENT);
        System.out.printf("nightshift SQL statements: %.1f per minute   goal: <= %.0f%n",
            statementsPerMinute, GOAL_STATEMENTS_PER_MINUTE);
        System.out.printf("airflow defaults: every file parsed every %d s, folder listed every %d s"
                + " = %d parses/min; one parse pass of these files here costs %d ms CPU"
                + " -> ~%.0f ms CPU/min (%.1f %% of one core) for parsing alone%n",
            AIRFLOW_REPARSE_SECONDS, AIRFLOW_RELIST_SECONDS, dags * 60 / AIRFLOW_REPARSE_SECONDS,
            passMillis, airflowCpuPerMinute, airflowCpuPerMinute / 600);
      }
    } finally {
      BenchSupport.delete(work);
    }
  }

  // One pass as a re-parsing scheduler makes it: read and parse every file on one thread.
  private static long parsePassMillis(Path folder) throws java.io.IOException {
    DagFileParser parser = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES);
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.toList();
    }
    files.forEach(parser::parse); // warm-up, as the scheduler's own parses were
    ThreadMXBean thread = ManagementFactory.getThreadMXBean();
    long started = thread.getCurrentThreadCpuTime();
    files.forEach(parser::parse);
    return (thread.getCurrentThreadCpuTime() - started) / 1_000_000;
  }
}
