package dev.nightshift.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dag.DagFileParser;
import dev.nightshift.scheduler.store.jdbc.MetadataDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What an idle scheduler costs: a folder of DAGs of which none is due, left alone for a while.
 * Prints the SQL statements per minute and the CPU of the scheduler's own threads for Nightshift
 * (event-driven: Quartz in-memory triggers, a watched folder) beside a polling loop with
 * Airflow's default cadence on the same schema (a scheduler loop every second running the four
 * queries of its pass, and every DAG file parsed again every 30 s), measured in the same JVM.
 *
 * <p>Arguments: {@code [dags=100] [idleSeconds=60]}.
 */
public final class IdleSchedulerBenchmark {
  private static final long LOOP_MILLIS = 1_000;
  private static final long REPARSE_MILLIS = 30_000;
  private static final List<String> LOOP_QUERIES = List.of(
      "SELECT dag_id FROM dags WHERE active AND NOT paused AND next_due_at <= ?",
      "SELECT dag_id, run_id FROM dag_runs WHERE state = 'running'",
      "SELECT dag_id, run_id, task_id FROM task_instances WHERE state = 'scheduled'",
      "SELECT dag_id, run_id, task_id FROM task_instances WHERE state = 'queued'");

  private IdleSchedulerBenchmark() {}

  public static void main(String[] args) throws Exception {
    // Logging at the default DEBUG level would be the largest cost measured.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
        org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.WARN);
    int dags = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int idleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    Path work = Files.createTempDirectory("nightshift-idle-bench");
    try {
      Path folder = Files.createDirectories(work.resolve("dags"));
      for (int i = 0; i < dags; i++) {
        Files.writeString(folder.resolve("dag_" + i + ".yaml"), dagFile(i));
      }
      Figures nightshift = measureNightshift(work.resolve("nightshift"), folder, idleSeconds);
      Figures polling = measurePolling(work.resolve("polling"), folder, idleSeconds);
      System.out.printf("input: %d DAG files (none due), idle window %d s, %d cores%n", dags,
          idleSeconds, Runtime.getRuntime().availableProcessors());
      System.out.printf("%-58s %16s %22s%n", "", "SQL statements/min", "scheduler CPU ms/min");
      System.out.printf("%-58s %16.1f %22.1f%n", "nightshift (Quartz RAM triggers, watched folder)",
          nightshift.statementsPerMinute(), nightshift.cpuMillisPerMinute());
      System.out.printf("%-58s %16.1f %22.1f%n",
          "polling loop at Airflow's default cadence (1 s, 30 s parse)",
          polling.statementsPerMinute(), polling.cpuMillisPerMinute());
      System.out.printf("nightshift process CPU while idle: %.2f %% of one core%n",
          nightshift.processCpuPercent());
    } finally {
      try (Stream<Path> paths = Files.walk(work)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private record Figures(double statementsPerMinute, double cpuMillisPerMinute,
      double processCpuPercent) {}

  private static Figures measureNightshift(Path dataDir, Path folder, int seconds)
      throws InterruptedException {
    try (NightshiftScheduler scheduler = NightshiftScheduler.builder()
        .dataDir(dataDir).dagFolder(folder).start()) {
      Thread.sleep(2_000); // let start-up work (JIT, pool fill) settle before measuring
      long statements = scheduler.statementsExecuted();
      long threadCpu = cpuNanos("nightshift-");
      long processCpu = processCpuNanos();
      long started = System.nanoTime();
      Thread.sleep(seconds * 1000L);
      double minutes = (System.nanoTime() - started) / 60e9;
      return new Figures((scheduler.statementsExecuted() - statements) / minutes,
          (cpuNanos("nightshift-") - threadCpu) / 1e6 / minutes,
          100.0 * (processCpuNanos() - processCpu) / (System.nanoTime() - started));
    }
  }

  private static Figures measurePolling(Path dataDir, Path folder, int seconds)
      throws IOException, InterruptedException {
    Files.createDirectories(dataDir);
    DagFileParser parser = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES);
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.toList();
    }
    ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(
        r -> new Thread(r, "peer-polling-loop"));
    try (MetadataDatabase database =
        MetadataDatabase.open(MetadataDatabase.h2FileUrl(dataDir), "sa", "", 2)) {
      long statements = database.statementsExecuted();
      long cpu = cpuNanos("peer-");
      long started = System.nanoTime();
      loop.scheduleWithFixedDelay(() -> pass(database), 0, LOOP_MILLIS, TimeUnit.MILLISECONDS);
      loop.scheduleWithFixedDelay(() -> files.forEach(parser::parse), 0, REPARSE_MILLIS,
          TimeUnit.MILLISECONDS);
      Thread.sleep(seconds * 1000L);
      double minutes = (System.nanoTime() - started) / 60e9;
      Figures figures = new Figures((database.statementsExecuted() - statements) / minutes,
          (cpuNanos("peer-") - cpu) / 1e6 / minutes, 0);
      loop.shutdownNow();
      loop.awaitTermination(5, TimeUnit.SECONDS);
      return figures;
    }
  }

  private static void pass(MetadataDatabase database) {
    try (Connection c = database.dataSource().getConnection()) {
      for (String sql : LOOP_QUERIES) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          if (sql.contains("?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rs.getString(1);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long cpuNanos(String threadPrefix) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return Arrays.stream(threads.dumpAllThreads(false, false))
        .filter(t -> t.getThreadName().startsWith(threadPrefix))
        .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.getThreadId())))
        .sum();
  }

  private static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  // Daily at midnight UTC from today: nothing falls due while the benchmark runs (unless it
  // spans midnight).
  private static String dagFile(int n) {
    return """
        id: idle_%d
        schedule: "@daily"
        start_date: %s
        tasks:
          - id: extract
            type: shell
            args: {command: "echo {{ ds }}"}
          - id: load
            type: shell
            depends_on: [extract]
            args: {command: "echo done"}
        """.formatted(n, LocalDate.now(ZoneOffset.UTC));
  }
}
