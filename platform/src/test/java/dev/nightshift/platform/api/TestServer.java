package dev.nightshift.platform.api;

import dev.nightshift.platform.app.NightshiftApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real platform on a random port with a DAG folder of shell DAGs, started once and shared by
 * the API and CLI test classes (Spring's shutdown hook stops it when the test JVM ends).
 */
public final class TestServer {
  public static final String WRITE_TOKEN = "write-secret-token";
  public static final String READ_TOKEN = "read-secret-token";
  public static final JsonMapper JSON = JsonMapper.builder().build();

  private static TestServer shared;

  public final ConfigurableApplicationContext context;
  public final Path home;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(ConfigurableApplicationContext context, Path home) {
    this.context = context;
    this.home = home;
  }

  public static synchronized TestServer shared() {
    if (shared == null) {
      shared = start();
    }
    return shared;
  }

  private static TestServer start() {
    try {
      Path home = Files.createTempDirectory("nightshift-api");
      Path dags = Files.createDirectories(home.resolve("dags"));
      writeDags(dags);
      ConfigurableApplicationContext context =
          NightshiftApplication.start(
              "--server.port=0",
              "--nightshift.data-dir=" + home.resolve("data"),
              "--nightshift.dag-folder=" + dags,
              "--nightshift.api.tokens[0].name=ci",
              "--nightshift.api.tokens[0].value=" + WRITE_TOKEN,
              "--nightshift.api.tokens[0].rights=write",
              "--nightshift.api.tokens[1].name=viewer",
              "--nightshift.api.tokens[1].value=" + READ_TOKEN,
              "--nightshift.api.tokens[1].rights=read");
      return new TestServer(context, home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeDags(Path dags) throws IOException {
    Files.writeString(
        dags.resolve("greet.yaml"),
        """
        id: greet
        description: says hello
        tags: [demo, hello]
        schedule: manual
        params:
          x: {type: string, default: world}
          n: {type: integer, default: 1}
        tasks:
          - id: say
            type: shell
            args: {command: "echo hello {{ params.x }} {{ params.n }}"}
          - id: after
            type: shell
            depends_on: [say]
            args: {command: "echo done"}
        """);
    Files.writeString(
        dags.resolve("daily.yaml"),
        """
        id: daily
        tags: [etl]
        schedule: "@daily"
        start_date: 2099-01-01
        catchup: false
        max_active_runs: 1
        tasks:
          - id: wait
            type: shell
            pool: frozen
            args: {command: "true"}
        """);
    Files.writeString(
        dags.resolve("hourly.yaml"),
        """
        id: hourly
        schedule: "@hourly"
        start_date: 2099-01-01
        max_active_runs: 3
        tasks:
          - id: tick
            type: shell
            args: {command: "echo tick {{ ds }}"}
        """);
    Files.writeString(
        dags.resolve("monthly.yaml"),
        """
        id: monthly
        schedule: P1M
        start_date: 2099-01-31
        catchup: true
        tasks:
          - id: close
            type: noop
        """);
    Files.writeString(
        dags.resolve("slow.yaml"),
        """
        id: slow
        schedule: manual
        tasks:
          - id: count
            type: shell
            args: {command: "for i in 1 2 3 4 5 6; do echo line $i; sleep 0.3; done"}
        """);
    Files.writeString(
        dags.resolve("broken.yaml"),
        """
        id: broken
        schedule: manual
        tasks:
          - id: x
            type: no-such-runner
        """);
  }

  public String url() {
    return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
  }

  public HttpResponse<String> send(
      String method, String path, String body, String token, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null, null, null);
  }

  public HttpResponse<String> write(String method, String path, String json) {
    return send(method, path, json, WRITE_TOKEN, "application/json");
  }

  /**
   * Starts a backfill of the DAG {@code daily} over [from, to] (ISO dates) whose runs never
   * finish: the DAG's only task waits for a pool without slots. Returns the backfill's id.
   */
  public long heldBackfill(String from, String to) {
    context.getBean(dev.nightshift.scheduler.NightshiftScheduler.class).setPool("frozen", 0);
    HttpResponse<String> accepted = write("POST", "/api/v1/dags/daily/backfills",
        "{\"from_date\": \"" + from + "\", \"to_date\": \"" + to + "\"}");
    if (accepted.statusCode() != 200) {
      throw new AssertionError("backfill -> " + accepted.statusCode() + " " + accepted.body());
    }
    return json(accepted).get("id").asLong();
  }

  public JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  public JsonNode getJson(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + path + " -> " + response.statusCode() + " " + response.body());
    }
    return json(response);
  }
}
