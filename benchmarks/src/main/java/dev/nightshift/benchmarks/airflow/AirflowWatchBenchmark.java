package dev.nightshift.benchmarks.airflow;

import dev.nightshift.airflow.client.AirflowClients;
import dev.nightshift.airflow.client.AirflowConnection;
import dev.nightshift.airflow.client.ApiVersion;
import dev.nightshift.airflow.fake.FakeAirflow;
import dev.nightshift.airflow.fake.SettableClock;
import dev.nightshift.airflow.runner.AirflowConnections;
import dev.nightshift.airflow.runner.AirflowRunner;
import dev.nightshift.airflow.runner.PollBackoff;
import dev.nightshift.airflow.runner.PollTimer;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.runner.NamedThreads;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.schedule.DataInterval;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What watching Airflow runs costs the bridge, against the fake Airflow 3 of the tests.
 *
 * <pre>
 * AirflowWatchBenchmark requests 10 600 7200   requests sent per watched run of each length (seconds), in virtual time
 * AirflowWatchBenchmark cpu 100 600            CPU of the bridge's threads while 100 long runs are watched for 600 s
 * </pre>
 *
 * The peer is a sensor that pokes every {@code poke_interval} (Airflow's default 60 s): a run of
 * {@code t} seconds costs it {@code t / 60} requests.
 */
public final class AirflowWatchBenchmark {
  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

  private AirflowWatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("requests")) {
      System.out.printf("%-12s %-10s %-14s %-12s %s%n", "run length", "looks", "requests", "token posts", "60 s sensor");
      for (int i = 1; i < args.length; i++) {
        requests(Duration.ofSeconds(Long.parseLong(args[i])));
      }
    } else if (args.length == 3 && args[0].equals("cpu")) {
      cpu(Integer.parseInt(args[1]), Duration.ofSeconds(Long.parseLong(args[2])));
    } else {
      System.err.println("usage: AirflowWatchBenchmark requests <seconds>... | cpu <runs> <seconds>");
      System.exit(2);
    }
  }

  /** One run of the given length, watched in virtual time; prints the requests it cost after the trigger. */
  private static void requests(Duration length) throws Exception {
    SettableClock clock = new SettableClock(START);
    Path logs = Files.createTempDirectory("airflow-bench");
    try (FakeAirflow airflow = new FakeAirflow(ApiVersion.V2, clock)) {
      airflow.dag("job", new FakeAirflow.DagPlan(List.of("extract", "load"), length, true, false));
      VirtualTimer timer = new VirtualTimer(clock);
      AirflowRunner runner = runner(airflow, clock, timer, Runnable::run);
      RunHandle handle = runner.start(context(0, logs));
      long afterTrigger = airflow.requests().size();
      long tokensBefore = airflow.count("POST /auth/token");
      CompletableFuture<Observation> done = new CompletableFuture<>();
      runner.whenDone(handle, done::complete);
      timer.runUntil(done::isDone);
      long sent = airflow.requests().size() - afterTrigger;
      System.out.printf("%-12s %-10d %-14d %-12d %d%n", length, looks(airflow), sent,
          airflow.count("POST /auth/token") - tokensBefore, length.toSeconds() / 60);
      if (!done.isDone() || !airflow.violations().isEmpty()) {
        throw new IllegalStateException("the run did not end cleanly: " + done + " " + airflow.violations());
      }
    }
  }

  /** The looks at the run itself (one GET of the run each). */
  private static long looks(FakeAirflow airflow) {
    return airflow.requests().stream().filter(r -> r.matches("GET /api/v2/dags/job/dagRuns/[^/]+")).count();
  }

  /** Many long runs watched at once in real time; prints the CPU of the bridge's threads. */
  private static void cpu(int runs, Duration window) throws Exception {
    Path logs = Files.createTempDirectory("airflow-bench");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(new NamedThreads("airflow-poll"));
    ExecutorService workers = Executors.newFixedThreadPool(2, new NamedThreads("runner"));
    try (FakeAirflow airflow = new FakeAirflow(ApiVersion.V2)) {
      airflow.dag("job", new FakeAirflow.DagPlan(List.of("extract", "load"), Duration.ofDays(1), true, false));
      AirflowRunner runner = runner(airflow, InstantSource.system(), PollTimer.of(timer, workers), workers);
      for (int i = 0; i < runs; i++) {
        runner.whenDone(runner.start(context(i, logs)), outcome -> { });
      }
      long requestsBefore = airflow.requests().size();
      long cpuBefore = bridgeCpuNanos(threads);
      long wallBefore = System.nanoTime();
      Thread.sleep(window.toMillis());
      long cpu = bridgeCpuNanos(threads) - cpuBefore;
      long wall = System.nanoTime() - wallBefore;
      long sent = airflow.requests().size() - requestsBefore;
      System.out.printf("%d runs watched for %s: bridge threads %.3f %% of one core (%.1f ms CPU), %d requests (%.1f/min)%n",
          runs, window, 100.0 * cpu / wall, cpu / 1e6, sent, sent * 60e9 / wall);
    } finally {
      timer.shutdownNow();
      workers.shutdownNow();
    }
  }

  /** CPU of the poll timer and the threads that look at Airflow (the HTTP client's included). */
  private static long bridgeCpuNanos(ThreadMXBean threads) {
    long total = 0;
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && (info.getThreadName().startsWith("nightshift-") || info.getThreadName().startsWith("HttpClient"))) {
        total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return total;
  }

  private static AirflowRunner runner(FakeAirflow airflow, InstantSource clock, PollTimer timer,
      java.util.concurrent.Executor callbacks) {
    AirflowConnection connection = AirflowConnection.of(AirflowRunner.DEFAULT_CONNECTION, airflow.url(),
        FakeAirflow.USER, FakeAirflow.PASSWORD);
    AirflowConnections connections = new AirflowConnections(List.of(connection),
        new AirflowClients(HttpClient.newHttpClient(), clock));
    return new AirflowRunner(connections, PollBackoff.DEFAULT, timer, callbacks, clock);
  }

  private static TaskContext context(int index, Path logs) {
    return new TaskContext(new TaskRef("bench", "manual__" + index, "watch"), 1,
        new DataInterval(START, START.plusSeconds(60)), Map.of("dag_id", "job"), Map.of(),
        logs.resolve(index + ".log"));
  }
}
