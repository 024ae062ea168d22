package dev.nightshift.platform.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.airflow.client.ApiVersion;
import dev.nightshift.airflow.fake.FakeAirflow;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** A DAG file's airflow task runs a DAG of a (fake) Airflow 3 named by a configured connection. */
class AirflowTaskTest {
  @TempDir static Path home;
  static FakeAirflow airflow;
  static ConfigurableApplicationContext context;

  @BeforeAll
  static void start() throws IOException {
    airflow = new FakeAirflow(ApiVersion.V2).quickDag("partner_export", true)
        .dag("endless", new FakeAirflow.DagPlan(java.util.List.of("wait"), Duration.ofDays(1), true, false));
    Path dags = Files.createDirectories(home.resolve("dags"));
    Files.writeString(dags.resolve("bridge.yaml"), """
        id: bridge
        schedule: manual
        params: {airflow_dag: partner_export}
        tasks:
          - id: export
            type: airflow
            args:
              connection: main_airflow
              dag_id: "{{ params.airflow_dag }}"
              conf: {day: "{{ ds }}"}
        """);
    Files.writeString(dags.resolve("too_slow.yaml"), """
        id: too_slow
        schedule: manual
        tasks:
          - id: wait_for_airflow
            type: airflow
            execution_timeout: PT3S
            args: {connection: main_airflow, dag_id: endless}
        """);
    context = NightshiftApplication.start(
        "--server.port=0",
        "--nightshift.data-dir=" + home.resolve("data"),
        "--nightshift.dag-folder=" + dags,
        "--nightshift.airflow.connections.main_airflow.url=" + airflow.url(),
        "--nightshift.airflow.connections.main_airflow.username=" + FakeAirflow.USER,
        "--nightshift.airflow.connections.main_airflow.password=" + FakeAirflow.PASSWORD);
  }

  @AfterAll
  static void stop() {
    context.close();
    airflow.close();
  }

  @Test
  void a_task_that_times_out_marks_its_airflow_run_failed() {
    NightshiftScheduler scheduler = context.getBean(NightshiftScheduler.class);
    DagRun run = scheduler.trigger("too_slow", Map.of(), null);

    await().atMost(Duration.ofSeconds(60)).until(
        () -> scheduler.run("too_slow", run.runId()).orElseThrow().state() == RunState.FAILED);
    assertThat(airflow.runIds("endless")).singleElement()
        .satisfies(id -> assertThat(airflow.runState("endless", id)).contains("failed"));
  }

  @Test
  void airflow_dags_and_runs_are_mirrored_read_only_when_asked() throws Exception {
    String port = context.getEnvironment().getProperty("local.server.port");
    var http = java.net.http.HttpClient.newHttpClient();
    var before = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/airflow/dags")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(context.getBean(AirflowMirrorRefresh.class).isScheduled()).isFalse();
    airflow.addRun("partner_export", "scheduled__nightly");

    dev.nightshift.airflow.mirror.MirrorSnapshot after = context.getBean(dev.nightshift.airflow.mirror.AirflowMirror.class).refresh();

    assertThat(before.body()).contains("\"dags\":[]");
    assertThat(after.dags()).extracting(d -> d.dag().dagId()).containsExactly("endless", "partner_export");
    assertThat(after.dags().get(1)).satisfies(d -> {
      assertThat(d.connection()).isEqualTo("main_airflow");
      assertThat(d.recentRuns()).extracting(r -> r.runId()).contains("scheduled__nightly");
    });
    var listed = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/airflow/dags")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(listed.body()).contains("\"source\":\"airflow\"").contains("\"read_only\":true")
        .contains("scheduled__nightly").contains("\"connection\":\"main_airflow\"");
  }

  @Test
  void the_task_triggers_the_airflow_dag_once_and_follows_it_to_success() throws IOException {
    NightshiftScheduler scheduler = context.getBean(NightshiftScheduler.class);
    DagRun run = scheduler.trigger("bridge", Map.of(), null);

    await().atMost(Duration.ofSeconds(60)).until(
        () -> scheduler.run("bridge", run.runId()).orElseThrow().state() == RunState.SUCCESS);
    assertThat(airflow.runIds("partner_export")).filteredOn(id -> id.startsWith("nightshift__"))
        .singleElement().asString().contains("__export__try1");
    assertThat(airflow.violations()).isEmpty();
    try (Stream<Path> files = Files.walk(home.resolve("data"))) {
      for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
        assertThat(Files.readString(log)).doesNotContain(FakeAirflow.PASSWORD);
      }
    }
  }
}
