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
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dag.DagFileParser;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.runner.publish.PublishRunner;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster (a master and a worker started from the project's own Spark
 * home, on loopback) running the shipped feeds DAG's build task through the scheduler, with the
 * DAG's engine param set to spark; the publish task then makes its version current.
 */
class StandaloneClusterTest {
  private static final Path SPARK_HOME = Path.of(System.getProperty("nightshift.test.spark-home"));
  private static final Path JOBS_JAR = Path.of(System.getProperty("nightshift.test.spark-jobs-jar"));
  /** The lake ends today, so the run the schedule creates at start finds its day's partitions. */
  private static final LocalDate END = LocalDate.now(ZoneOffset.UTC);
  @TempDir static Path dir;
  private static final List<Process> cluster = new ArrayList<>();
  private static String master;

  @BeforeAll
  static void startCluster() throws IOException {
    int port = freePort();
    int ui = freePort();
    master = "spark://127.0.0.1:" + port;
    cluster.add(java(dir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(ui)));
    await().atMost(Duration.ofMinutes(1)).until(() -> accepts(port));
    cluster.add(java(dir.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker", master,
        "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()),
        "--work-dir", dir.resolve("work").toString()));
    HttpClient http = HttpClient.newHttpClient();
    await().ignoreExceptions().atMost(Duration.ofMinutes(1)).until(() -> http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui + "/json/")).build(),
        HttpResponse.BodyHandlers.ofString()).body().replace(" ", "").contains("\"aliveworkers\":1"));
  }

  @AfterAll
  static void stopCluster() {
    cluster.forEach(Process::destroy);
  }

  @Test
  void the_shipped_feeds_dag_builds_on_the_cluster_and_publishes() throws Exception {
    Path lake = dir.resolve("lake");
    try (Lake target = Lake.create(lake.toString())) {
      new DataGenerator(new GeneratorConfig(0.002, 2, 42, END), 2).run(new LakeSink(target), rows -> {});
    }
    String servingUrl = "jdbc:h2:file:" + dir.resolve("serving") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    try (HikariDataSource serving = new HikariDataSource()) {
      serving.setJdbcUrl(servingUrl);
      serving.setUsername("sa");
      ServingSchema.migrate(serving);
      ServingStore store = new ServingStore(serving, Clock.systemUTC());
      SparkSettings settings = new SparkSettings(SPARK_HOME, JOBS_JAR, master,
          new SparkSettings.ServingStoreUrl(servingUrl, "sa", ""), dir.resolve("spark"), Duration.ofSeconds(5));
      var feeds = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES)
          .parse("dags/feeds.yaml", Files.readAllBytes(Path.of("../dags/feeds.yaml"))).dag();
      try (NightshiftScheduler scheduler = Schedulers.embedded(dir.resolve("scheduler"))
          .runner(callbacks -> new SparkRunner(settings, callbacks))
          .runner(callbacks -> new PublishRunner(store, callbacks))
          .paramDefault("lake", lake.toString())
          .paramDefault("engine", "spark")
          .dag(feeds)
          .start()) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !scheduler.runs("feeds", 1).isEmpty());
        DagRun run = scheduler.runs("feeds", 1).get(0);

        await().atMost(Duration.ofMinutes(4))
            .until(() -> Schedulers.current(scheduler, run).state().isFinished());

        TaskTry build = scheduler.tries(new TaskRef("feeds", run.runId(), "build_feeds")).get(0);
        assertThat(Schedulers.current(scheduler, run).state()).as(build.detail()).isEqualTo(RunState.SUCCESS);
        assertThat(build.runnerType()).isEqualTo("spark");
        assertThat(build.detail()).matches("application app-\\S+ FINISHED on " + master + ".*exit code 0");
        assertThat(Files.readString(Path.of(build.logPath()))).contains("COMPLETED: sealed feeds version");
        assertThat(store.reader().current(ServingDataset.FEEDS)).isPresent();
      }
    }
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
