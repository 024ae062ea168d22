package dev.nightshift.benchmarks.scheduler;

import dev.nightshift.scheduler.NightshiftScheduler;
import java.nio.file.Path;

/**
 * (b) How long a start takes with 1,000 DAG files: from {@code builder.start()} until every DAG
 * is parsed, stored (DAG row and version) and has its Quartz trigger, i.e. until start()
 * returns. Measured on a fresh data directory (every DAG and version inserted) and again on the
 * same one (every DAG known already), each in a cold JVM path for the first. Prints beside it how
 * long Airflow takes to even notice a new file by default.
 *
 * <p>Arguments: {@code [dags=1000]}.
 */
public final class StartupBenchmark {
  private static final long GOAL_MILLIS = 5_000;
  private static final int AIRFLOW_RELIST_SECONDS = 300;

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchSupport.quietLogs();
    int dags = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path work = BenchSupport.scratch("startup-bench");
    try {
      Path folder = BenchSupport.writeIdleDags(work.resolve("dags"), dags);
      long fresh = timeStart(work.resolve("data"), folder, dags);
      long again = timeStart(work.resolve("data"), folder, dags);
      System.out.printf("input: %d DAG files (4-12 tasks each), H2, %s%n", dags,
          BenchSupport.machine());
      System.out.printf("start, new database (cold JVM):       %6d ms   goal: <= %d ms%n", fresh,
          GOAL_MILLIS);
      System.out.printf("start again, DAGs known (warmer JVM): %6d ms%n", again);
      System.out.printf("airflow defaults: a new DAG file is listed within %d s"
          + " (dag_dir_list_interval), then parsed in a separate process%n",
          AIRFLOW_RELIST_SECONDS);
    } finally {
      BenchSupport.delete(work);
    }
  }

  private static long timeStart(Path dataDir, Path folder, int dags) {
    long started = System.nanoTime();
    try (NightshiftScheduler scheduler = NightshiftScheduler.builder()
        .dataDir(dataDir).dagFolder(folder).start()) {
      long millis = (System.nanoTime() - started) / 1_000_000;
      long scheduled = scheduler.dags().stream().filter(d -> d.nextDueAt() != null).count();
      if (scheduled != dags) {
        throw new IllegalStateException(scheduled + " of " + dags + " DAGs have a trigger; "
            + scheduler.importErrors());
      }
      return millis;
    }
  }
}
