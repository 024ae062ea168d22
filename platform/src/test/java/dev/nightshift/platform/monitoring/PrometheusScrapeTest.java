package dev.nightshift.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.monitoring.cpu.CpuAccounting;
import dev.nightshift.monitoring.cpu.CpuComponent;
import dev.nightshift.monitoring.cpu.CpuSample;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running platform's {@code /metrics}: its meters, the shipped files' queries, a real Prometheus. */
class PrometheusScrapeTest {
  static final Path MONITORING = Path.of("").toAbsolutePath().getParent().resolve("monitoring");
  /** Boot's Spring Batch meters appear once a batch job has run; none runs in this test. */
  static final String AFTER_A_BATCH_JOB = "spring_batch_";
  static final Pattern METRIC_IN_QUERY = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

  @TempDir static Path home;
  static RunningPlatform platform;
  static String scrape;

  @BeforeAll
  static void startAndRun() throws Exception {
    platform = new RunningPlatform(home);
    platform.runToSuccess(RunningPlatform.DAG);
    platform.get("/api/feeds/1"); // 503 before anything is published: a serving request to count
    // GC pause meters appear with the first collection, which the JVM reports asynchronously.
    System.gc();
    await().atMost(Duration.ofSeconds(20)).until(
        () -> platform.get("/metrics").body().contains("jvm_gc_pause_seconds_count"));
    scrape = platform.get("/metrics").body();
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void metrics_carry_runs_tasks_latencies_cpu_and_serving_with_bounded_labels() throws Exception {
    assertThat(scrape)
        .contains("nightshift_dag_runs_total{dag=\"report\",state=\"success\"} 1")
        .contains("nightshift_task_instances_total{dag=\"report\",state=\"success\",task=\"extract\"} 1")
        .contains("nightshift_task_duration_seconds_bucket{dag=\"report\",state=\"success\",task=\"load\",le=")
        .contains("nightshift_dag_run_start_delay_seconds_count{dag=\"report\"} 1")
        .contains("nightshift_task_start_delay_seconds_count{dag=\"report\"} 3")
        .contains("nightshift_dag_run_oldest_running_seconds{dag=\"report\"} 0")
        .contains("nightshift_dag_files_parsed_total 3")
        .contains("nightshift_pool_slots{pool=\"default_pool\",state=\"free\"}")
        .contains("nightshift_cpu_seconds_total{component=\"scheduler\"}")
        .contains("nightshift_cpu_seconds_total{component=\"jvm\"}")
        .contains("nightshift_serving_version_age_seconds{dataset=\"feeds\"} NaN")
        .contains("cache_gets_total{cache=\"serving.documents\",result=\"miss\"}")
        .contains("http_server_requests_seconds_bucket{")
        .contains("nightshift_serving_requests_seconds_bucket{endpoint=\"/api/feeds/{userId}\",outcome=\"SERVER_ERROR\",status=\"503\"")
        .contains("process_cpu_usage")
        .contains("jvm_memory_used_bytes");
    assertThat(scrape).as("no run id as a label").doesNotContain("manual__");
    assertThat(platform.get("/actuator/prometheus").body()).contains("nightshift_cpu_seconds_total");
  }

  @Test
  void every_metric_the_dashboards_and_alerts_query_is_exposed() throws Exception {
    Set<String> exposed = scrape.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
        .map(l -> l.split("[{ ]", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
    Set<String> queried = new TreeSet<>();
    try (Stream<Path> files = Files.list(MONITORING.resolve("grafana"))) {
      for (Path file : files.toList()) {
        queried.addAll(metricsIn(Files.readString(file)));
      }
    }
    queried.addAll(metricsIn(Files.readString(MONITORING.resolve("prometheus/alerts.yml"))));

    Set<String> missing = queried.stream().filter(m -> !m.startsWith(AFTER_A_BATCH_JOB))
        .filter(m -> !exposed.contains(m)).collect(Collectors.toCollection(TreeSet::new));
    assertThat(queried).hasSizeGreaterThan(20);
    assertThat(missing).as("queried but not exposed").isEmpty();
  }

  @Test
  void a_busy_shell_task_counts_under_tasks_not_under_the_scheduler() {
    CpuAccounting cpu = platform.context.getBean(CpuAccounting.class);
    CpuSample before = freshSample(cpu);
    platform.runToSuccess("busy");
    CpuSample after = freshSample(cpu);

    double tasks = after.seconds(CpuComponent.TASKS) - before.seconds(CpuComponent.TASKS);
    double scheduler = after.seconds(CpuComponent.SCHEDULER) - before.seconds(CpuComponent.SCHEDULER);
    assertThat(tasks).isGreaterThan(0.5);
    assertThat(scheduler).isLessThan(tasks / 10);
  }

  @Test
  void a_real_prometheus_scrapes_the_platform_and_answers_a_query() throws Exception {
    Path prometheus = RequiredTool.require("/usr/bin/prometheus", "prometheus");
    Path dir = Files.createDirectories(home.resolve("prometheus"));
    int port = freePort();
    Files.writeString(dir.resolve("prometheus.yml"), """
        global: {scrape_interval: 1s}
        scrape_configs:
          - job_name: nightshift
            metrics_path: /metrics
            static_configs: [{targets: ["127.0.0.1:%d"]}]
        """.formatted(platform.port()));
    Process server = new ProcessBuilder(prometheus.toString(),
        "--config.file=" + dir.resolve("prometheus.yml"),
        "--storage.tsdb.path=" + dir.resolve("data"),
        "--web.listen-address=127.0.0.1:" + port)
        .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
    try {
      String query = "http://127.0.0.1:" + port + "/api/v1/query?query=" + URLEncoder.encode(
          "nightshift_cpu_seconds_total{component=\"scheduler\"}", StandardCharsets.UTF_8);
      HttpClient http = HttpClient.newHttpClient();
      await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
        String answer = http.send(HttpRequest.newBuilder(URI.create(query)).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        assertThat(answer).contains("\"status\":\"success\"")
            .contains("\"component\":\"scheduler\"").contains("\"job\":\"nightshift\"");
      });
    } finally {
      server.destroy();
      if (!server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static CpuSample freshSample(CpuAccounting cpu) {
    // Samples are reused for a second; wait for one taken now.
    long asked = System.currentTimeMillis();
    await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
        .until(() -> cpu.sample().at().toEpochMilli() >= asked);
    return cpu.sample();
  }

  private static Set<String> metricsIn(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = METRIC_IN_QUERY.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    names.removeIf(n -> n.equals("by") || n.startsWith("$"));
    return names;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
