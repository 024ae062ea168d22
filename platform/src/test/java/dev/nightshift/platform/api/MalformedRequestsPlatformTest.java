package dev.nightshift.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.platform.app.NightshiftApplication;
import dev.nightshift.scheduler.store.jdbc.MetadataDatabase;
import dev.nightshift.serving.malformed.FuzzRun;
import dev.nightshift.serving.malformed.Listener;
import dev.nightshift.serving.malformed.StoreChecksum;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform under seeded malformed requests sent over raw sockets, to every listener it
 * opens (REST API, pages, metrics, serving API): every one is answered 4xx with a problem document,
 * none leaves a stack trace in the log, the metadata and serving stores are unchanged and the
 * platform still answers.
 */
class MalformedRequestsPlatformTest {
  static final long SEED = 20261204L;
  static final int REQUESTS = 2_400;
  static final String TOKEN = "fuzz-write-token";

  static final Listener PLATFORM =
      new Listener(
          List.of(
              "/api/v1/dags",
              "/api/v1/dags/greet",
              "/api/v1/dags/greet/dagRuns",
              "/api/v1/importErrors",
              "/api/v1/health",
              "/",
              "/ui/dags/greet",
              "/ui/cpu",
              "/ui/serving",
              "/metrics",
              "/api/feeds/1",
              "/api/trends"),
          List.of("limit", "offset", "state", "tags", "order_by", "window", "region"),
          Map.of(
              "/api/v1/dags", List.of("limit", "offset", "dag_id_pattern"),
              "/api/v1/dags/greet/dagRuns", List.of("limit", "offset"),
              "/ui/log", List.of("dag", "run", "task", "try", "offset"),
              "/api/feeds/1", List.of("limit"),
              "/api/trends", List.of("window", "region")),
          List.of(
              new Listener.Write("POST", "/api/v1/dags/greet/dagRuns"),
              new Listener.Write("PATCH", "/api/v1/dags/greet"),
              new Listener.Write("POST", "/api/v1/dags/greet/clearTaskInstances"),
              new Listener.Write("POST", "/api/v1/dags/greet/backfills")),
          List.of(TOKEN));

  static Path home;
  static ConfigurableApplicationContext platform;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    home = Files.createTempDirectory("nightshift-malformed");
    Path dags = Files.createDirectories(home.resolve("dags"));
    Files.writeString(
        dags.resolve("greet.yaml"),
        """
        id: greet
        schedule: manual
        tasks:
          - id: say
            type: shell
            args: {command: "echo hello"}
        """);
    platform =
        NightshiftApplication.start(
            "--server.port=0",
            "--nightshift.data-dir=" + home.resolve("data"),
            "--nightshift.dag-folder=" + dags,
            "--nightshift.api.tokens[0].name=fuzz",
            "--nightshift.api.tokens[0].value=" + TOKEN,
            "--nightshift.api.tokens[0].rights=write");
    port = Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void stop() {
    platform.close();
  }

  @Test
  void everyMalformedRequestGetsA4xxProblemAndChangesNothing() throws Exception {
    String metadataBefore = StoreChecksum.of(metadata());
    String servingBefore = StoreChecksum.of(serving());

    FuzzRun.sendAndCheck(port, PLATFORM, SEED, REQUESTS);

    assertThat(StoreChecksum.of(metadata())).isEqualTo(metadataBefore);
    assertThat(StoreChecksum.of(serving())).isEqualTo(servingBefore);
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/dags"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"dag_id\":\"greet\"");
  }

  /** The metadata store, through a connection of its own to the same embedded database. */
  private static DataSource metadata() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(MetadataDatabase.h2FileUrl(home.resolve("data")));
    h2.setUser("sa");
    return h2;
  }

  private static DataSource serving() {
    return platform.getBean("servingDataSource", DataSource.class);
  }
}
