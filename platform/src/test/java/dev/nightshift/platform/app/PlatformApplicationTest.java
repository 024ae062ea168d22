package dev.nightshift.platform.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

class PlatformApplicationTest {
  @TempDir static Path home;
  static ConfigurableApplicationContext context;
  static HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startPlatform() throws Exception {
    Path dags = Files.createDirectories(home.resolve("dags"));
    Files.writeString(dags.resolve("hello.yaml"), """
        id: hello
        schedule: manual
        tasks:
          - id: greet
            type: shell
            args: {command: "echo hello {{ ds }}"}
        """);
    context = NightshiftApplication.start(
        "--server.port=0",
        "--nightshift.data-dir=" + home.resolve("data"),
        "--nightshift.dag-folder=" + dags);
  }

  @AfterAll
  static void stopPlatform() {
    context.close();
  }

  @Test
  void theEmbeddedSchedulerRunsADagFromTheWatchedFolder() {
    NightshiftScheduler scheduler = context.getBean(NightshiftScheduler.class);
    DagRun run = scheduler.trigger("hello", Map.of(), null);

    await().atMost(Duration.ofSeconds(30)).until(
        () -> scheduler.run("hello", run.runId()).orElseThrow().state() == RunState.SUCCESS);
  }

  @Test
  void theServingApiAnswersInTheSameProcessAndSaysWhenNothingIsPublished() throws Exception {
    HttpResponse<String> response = get("/api/feeds/1");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void thePlatformReadsItsOwnPropertiesNotTheServingApisDefaults() {
    assertThat(context.getEnvironment().getProperty("spring.application.name")).isEqualTo("nightshift");
    assertThat(context.getBean(javax.sql.DataSource.class))
        .extracting(source -> ((com.zaxxer.hikari.HikariDataSource) source).getJdbcUrl())
        .asString().contains(home.resolve("data").toString()).contains("serving");
  }

  static HttpResponse<String> get(String path) throws Exception {
    String port = context.getEnvironment().getProperty("local.server.port");
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
