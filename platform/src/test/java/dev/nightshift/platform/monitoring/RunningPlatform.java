package dev.nightshift.platform.monitoring;

import static org.awaitility.Awaitility.await;

import dev.nightshift.platform.app.NightshiftApplication;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real platform on a free port, with a REST API token with the write right ({@link #TOKEN}) and
 * a DAG folder holding a three-task shell DAG, a one-task DAG that keeps a core busy for a few
 * seconds, and one that prints a line every 0.5 s.
 */
final class RunningPlatform implements AutoCloseable {
  static final String DAG = "report";
  static final String TOKEN = "pages-test-token";

  final ConfigurableApplicationContext context;
  final NightshiftScheduler scheduler;
  private final HttpClient http = HttpClient.newHttpClient();

  RunningPlatform(Path home, String... extraArgs) throws Exception {
    Path dags = Files.createDirectories(home.resolve("dags"));
    Files.writeString(dags.resolve("report.yaml"), """
        id: report
        schedule: manual
        tasks:
          - id: extract
            type: shell
            args: {command: "echo extracting {{ ds }}; sleep 0.3"}
          - id: transform
            type: shell
            depends_on: [extract]
            args: {command: "echo transforming; sleep 0.3"}
          - id: load
            type: shell
            depends_on: [transform]
            args: {command: "echo loading; sleep 0.2"}
        """);
    Files.writeString(dags.resolve("busy.yaml"), """
        id: busy
        schedule: manual
        tasks:
          - id: count
            type: shell
            args: {command: "i=0; while [ $i -lt 3000000 ]; do i=$((i+1)); done"}
        """);
    Files.writeString(dags.resolve("ticker.yaml"), """
        id: ticker
        schedule: manual
        tasks:
          - id: tick
            type: shell
            args: {command: "for i in 1 2 3 4 5 6; do echo line $i; sleep 0.5; done"}
        """);
    List<String> args = new ArrayList<>(List.of(
        "--server.port=0",
        "--nightshift.data-dir=" + home.resolve("data"),
        "--nightshift.dag-folder=" + dags,
        "--nightshift.api.tokens[0].name=operator",
        "--nightshift.api.tokens[0].value=" + TOKEN,
        "--nightshift.api.tokens[0].rights=write"));
    args.addAll(List.of(extraArgs));
    context = NightshiftApplication.start(args.toArray(String[]::new));
    scheduler = context.getBean(NightshiftScheduler.class);
  }

  DagRun runToSuccess(String dagId) {
    DagRun run = scheduler.trigger(dagId, Map.of(), null);
    await().atMost(Duration.ofSeconds(90)).until(
        () -> scheduler.run(dagId, run.runId()).orElseThrow().state() == RunState.SUCCESS);
    return scheduler.run(dagId, run.runId()).orElseThrow();
  }

  int port() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    context.close();
  }
}
