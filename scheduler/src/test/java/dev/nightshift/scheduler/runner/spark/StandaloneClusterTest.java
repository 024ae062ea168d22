package dev.nightshift.scheduler.runner.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.nightshift.precompute.generate.DataGenerator;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.LakeSink;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingSchema;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.VersionInfo;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dag.DagFileParser;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.runner.publish.PublishRunner;
import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.testing.Schedulers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster (a master and a worker started from the project's own Spark
 * home, on loopback) running the shipped feeds DAG's build task through the scheduler, with the
 * DAG's engine param set to spark; the publish task then makes its version current.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterTest {
  private static final Path SPARK_HOME = Path.of(System.getProperty("nightshift.test.spark-home"));
  private static final Path JOBS_JAR = Path.of(System.getProperty("nightshift.test.spark-jobs-jar"));
  /** The lake ends today, so the run the schedule creates at start finds its day's partitions. */
  private static final LocalDate END = LocalDate.now(ZoneOffset.UTC);
  @TempDir static Path dir;
  private static final List<Process> cluster = new ArrayList<>();
  private static String master;
  private static int masterUi;
  private static int workers;
  private static Path lake;
  private static String servingUrl;
  private static HikariDataSource serving;
  private static ServingStore store;

  @BeforeAll
  static void startCluster() throws IOException {
    int port = freePort();
    int ui = freePort();
    master = "spark://127.0.0.1:" + port;
    cluster.add(java(dir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(ui)));
    await().atMost(Duration.ofMinutes(1)).until(() -> accepts(port));
    masterUi = ui;
    startWorker();
  }

  /** Starts a worker of one core and waits until the master counts it as its only live worker. */
  private static void startWorker() throws IOException {
    cluster.add(java(dir.resolve("worker-" + ++workers + ".log"), "org.apache.spark.deploy.worker.Worker",
        master, "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port",
        Integer.toString(freePort()), "--work-dir", dir.resolve("work").toString()));
    HttpClient http = HttpClient.newHttpClient();
    await().ignoreExceptions().atMost(Duration.ofMinutes(1)).until(() -> http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/")).build(),
        HttpResponse.BodyHandlers.ofString()).body().replace(" ", "").contains("\"aliveworkers\":1"));
  }

  @BeforeAll
  static void lakeAndServingStore() {
    lake = dir.resolve("lake");
    try (Lake target = Lake.create(lake.toString())) {
      new DataGenerator(new GeneratorConfig(0.002, 2, 42, END), 2).run(new LakeSink(target), rows -> {});
    }
    servingUrl = "jdbc:h2:file:" + dir.resolve("serving") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    serving = new HikariDataSource();
    serving.setJdbcUrl(servingUrl);
    serving.setUsername("sa");
    ServingSchema.migrate(serving);
    store = new ServingStore(serving, Clock.systemUTC());
  }

  @AfterAll
  static void stopCluster() {
    serving.close();
    cluster.forEach(Process::destroy);
  }

  @Test
  @Order(1)
  void the_shipped_feeds_dag_builds_on_the_cluster_and_publishes() throws Exception {
    try (NightshiftScheduler scheduler = feedsOnSpark(master, "publishes")) {
      DagRun run = firstRun(scheduler);
      TaskRef buildRef = new TaskRef("feeds", run.runId(), "build_feeds");
      await().atMost(Duration.ofMinutes(2)).until(() -> scheduler.tries(buildRef).stream()
          .anyMatch(t -> t.state() == TaskState.RUNNING && t.detail() != null
              && t.detail().matches("application app-\\S+ RUNNING on " + master + ", UI http\\S+")));

      await().atMost(Duration.ofMinutes(4))
          .until(() -> Schedulers.current(scheduler, run).state().isFinished());

      TaskTry build = scheduler.tries(buildRef).get(0);
      assertThat(Schedulers.current(scheduler, run).state()).as(build.detail()).isEqualTo(RunState.SUCCESS);
      assertThat(build.runnerType()).isEqualTo("spark");
      assertThat(build.detail()).matches("application app-\\S+ FINISHED on " + master + ".*exit code 0");
      assertThat(Files.readString(Path.of(build.logPath()))).contains("COMPLETED: sealed feeds version");
      assertThat(store.reader().current(ServingDataset.FEEDS)).isPresent();
    }
  }

  /**
   * Spark's standalone client gives up after three registration attempts of 20 s each; the driver
   * then stops and spark-submit exits non-zero, so the try ends rather than waiting forever.
   */
  @Test
  @Order(2)
  void an_unreachable_master_fails_the_try_with_the_reason_and_leaves_the_served_version() throws Exception {
    OptionalLong served = store.reader().current(ServingDataset.FEEDS);
    assertThat(served).as("the version published by the first test").isPresent();
    List<VersionInfo> versions = store.versions(ServingDataset.FEEDS);
    String unreachable = "spark://127.0.0.1:" + freePort();

    try (NightshiftScheduler scheduler = feedsOnSpark(unreachable, "unreachable")) {
      DagRun run = firstRun(scheduler);
      TaskRef build = new TaskRef("feeds", run.runId(), "build_feeds");
      await().atMost(Duration.ofMinutes(3)).until(() -> !scheduler.tries(build).isEmpty()
          && scheduler.tries(build).get(0).state() != TaskState.RUNNING);

      TaskTry first = scheduler.tries(build).get(0);
      assertThat(first.state()).isEqualTo(TaskState.UP_FOR_RETRY);
      assertThat(first.exitCode()).isNotNull().isNotZero();
      assertThat(first.detail()).contains("on " + unreachable);
      assertThat(Files.readString(Path.of(first.logPath()))).contains("All masters are unresponsive");
      assertThat(store.reader().current(ServingDataset.FEEDS)).isEqualTo(served);
      assertThat(store.versions(ServingDataset.FEEDS)).isEqualTo(versions);
    }
  }

  /**
   * A worker killed with SIGKILL while its executor runs the job's tasks: the driver loses the
   * executor and Spark runs the lost tasks again once a worker offers an executor (here a
   * replacement worker), so the try succeeds; the served version is never touched.
   */
  @Test
  @Order(3)
  void a_worker_killed_mid_job_loses_its_executor_and_spark_reruns_the_tasks_elsewhere() throws Exception {
    OptionalLong served = store.reader().current(ServingDataset.FEEDS);
    List<VersionInfo> versions = store.versions(ServingDataset.FEEDS);
    Path gate = dir.resolve("gate");
    ExecutorService callbacks = Executors.newCachedThreadPool();
    try {
      SparkRunner runner = new SparkRunner(settings(master), callbacks);
      TaskContext context = new TaskContext(new TaskRef("tiny", "run", "gate"), 1,
          new DataInterval(Instant.EPOCH, Instant.EPOCH.plusSeconds(60)),
          Map.of("main_class", TinySparkApp.MAIN_CLASS, "application", TinySparkApp.jar(SPARK_HOME, dir).toString(),
              "app_args", List.of("gate", gate.toString()), "driver_memory", "512m"),
          Map.of(), dir.resolve("gate.log"));
      RunHandle handle = runner.start(context);
      await().atMost(Duration.ofMinutes(2)).until(() -> Files.exists(Path.of(gate + ".entered-0")));

      cluster.remove(1).destroyForcibly().waitFor();
      await().atMost(Duration.ofMinutes(1))
          .until(() -> Files.readString(context.logFile()).contains("Lost executor"));
      startWorker();
      Files.createFile(gate);

      CompletableFuture<Observation> done = new CompletableFuture<>();
      assertThat(runner.whenDone(handle, done::complete)).isTrue();
      await().atMost(Duration.ofMinutes(2)).until(done::isDone);
      assertThat(done.join().state()).as(done.join().detail()).isEqualTo(TaskState.SUCCESS);
      assertThat(Files.readString(context.logFile())).contains("Lost executor").contains("passed the gate");
      assertThat(store.reader().current(ServingDataset.FEEDS)).isEqualTo(served);
      assertThat(store.versions(ServingDataset.FEEDS)).isEqualTo(versions);
    } finally {
      callbacks.shutdownNow();
    }
  }

  private static SparkSettings settings(String sparkMaster) {
    return new SparkSettings(SPARK_HOME, JOBS_JAR, sparkMaster,
        new SparkSettings.ServingStoreUrl(servingUrl, "sa", ""), dir.resolve("spark"), Duration.ofSeconds(5));
  }

  private static NightshiftScheduler feedsOnSpark(String sparkMaster, String name) throws IOException {
    SparkSettings settings = settings(sparkMaster);
    var feeds = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES)
        .parse("dags/feeds.yaml", Files.readAllBytes(Path.of("../dags/feeds.yaml"))).dag();
    return Schedulers.embedded(dir.resolve("scheduler-" + name))
        .runner(callbacks -> new SparkRunner(settings, callbacks))
        .runner(callbacks -> new PublishRunner(store, callbacks))
        .paramDefault("lake", lake.toString())
        .paramDefault("engine", "spark")
        .dag(feeds)
        .start();
  }

  private static DagRun firstRun(NightshiftScheduler scheduler) {
    await().atMost(Duration.ofSeconds(30)).until(() -> !scheduler.runs("feeds", 1).isEmpty());
    return scheduler.runs("feeds", 1).get(0);
  }

  private static Process java(Path log, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", SPARK_HOME.resolve("jars").toAbsolutePath() + "/*", mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // Executors are launched from the worker's Spark home.
    builder.environment().put("SPARK_HOME", SPARK_HOME.toAbsolutePath().toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    return builder.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
