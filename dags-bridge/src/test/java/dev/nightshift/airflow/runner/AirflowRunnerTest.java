package dev.nightshift.airflow.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nightshift.airflow.client.AirflowConnection;
import dev.nightshift.airflow.client.ApiVersion;
import dev.nightshift.airflow.fake.FakeAirflow;
import dev.nightshift.airflow.fake.SettableClock;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.runner.InvalidTaskArgsException;
import dev.nightshift.scheduler.runner.NamedThreads;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.schedule.DataInterval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The airflow runner against a fake Airflow 2 and 3 built from the official specs. */
class AirflowRunnerTest {
  private final SettableClock airflowClock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(new NamedThreads("airflow-poll"));
  private final ExecutorService callbacks = Executors.newCachedThreadPool(new NamedThreads("callbacks"));
  private final List<String> failures = new java.util.ArrayList<>();
  @TempDir Path dir;
  private FakeAirflow airflow;
  private int tries;

  private AirflowRunner runner(ApiVersion version) {
    airflow = new FakeAirflow(version, airflowClock)
        .quickDag("succeeds", true)
        .quickDag("fails", false)
        .dag("two_steps", new FakeAirflow.DagPlan(List.of("extract", "load"), Duration.ofHours(1), true, false))
        .dag("paused", new FakeAirflow.DagPlan(List.of("a"), Duration.ZERO, true, true));
    return restarted();
  }

  /** A new runner for the same Airflow: what a scheduler has after a restart. */
  private AirflowRunner restarted() {
    return AirflowRunnerContractTest.Runners.against(airflow, timer, callbacks);
  }

  @AfterEach
  void noViolationNoSecret() throws IOException {
    timer.shutdownNow();
    callbacks.shutdownNow();
    if (airflow != null) {
      assertThat(airflow.violations()).isEmpty();
      airflow.close();
    }
    try (Stream<Path> logs = Files.list(dir)) {
      for (Path log : logs.toList()) {
        assertThat(Files.readString(log)).doesNotContain(FakeAirflow.PASSWORD);
      }
    }
    assertThat(failures).noneMatch(m -> m.contains(FakeAirflow.PASSWORD));
  }

  private TaskContext context(Map<String, Object> args) {
    return context(args, ++tries);
  }

  private TaskContext context(Map<String, Object> args, int tryNumber) {
    return new TaskContext(new TaskRef("nightly", "scheduled__2026-03-01T00:00:00+00:00", "export"), tryNumber,
        new DataInterval(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z")),
        args, Map.of(), dir.resolve("try" + tryNumber + ".log"));
  }

  private Observation outcome(AirflowRunner runner, RunHandle handle) {
    CompletableFuture<Observation> done = new CompletableFuture<>();
    assertThat(runner.whenDone(handle, done::complete)).isTrue();
    await().atMost(Duration.ofSeconds(30)).until(done::isDone);
    return done.join();
  }

  private String log(int tryNumber) throws IOException {
    Path file = dir.resolve("try" + tryNumber + ".log");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  private Throwable startFails(AirflowRunner runner, Map<String, Object> args) {
    Throwable error = org.assertj.core.api.Assertions.catchThrowable(() -> runner.start(context(args)));
    assertThat(error).isNotNull();
    failures.add(error.getMessage());
    return error;
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_run_that_succeeds_passes_conf_and_its_log_holds_task_states_and_airflow_logs(ApiVersion version) throws IOException {
    AirflowRunner runner = runner(version);

    RunHandle handle = runner.start(context(Map.of("dag_id", "succeeds", "conf", Map.of("day", "2026-03-01"))));

    assertThat(outcome(runner, handle).state()).isEqualTo(TaskState.SUCCESS);
    assertThat(log(1)).contains("triggered Airflow run 'nightshift__nightly__scheduled__2026-03-01T00:00:00+00:00__export__try1'")
        .contains("Airflow task states: extract=success, load=success")
        .contains("---- Airflow log of task 'load', try 1 ----")
        .contains("running load").contains("load done; conf={\"day\":\"2026-03-01\"}");
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void the_log_shows_airflow_task_states_as_they_change(ApiVersion version) throws IOException {
    AirflowRunner runner = runner(version);
    RunHandle handle = runner.start(context(Map.of("dag_id", "two_steps")));
    CompletableFuture<Observation> done = new CompletableFuture<>();
    runner.whenDone(handle, done::complete);

    await().atMost(Duration.ofSeconds(10)).until(() -> log(1).contains("extract=running, load=scheduled"));
    airflowClock.advance(Duration.ofMinutes(31));
    await().atMost(Duration.ofSeconds(30)).until(() -> log(1).contains("extract=success, load=running"));
    assertThat(done).isNotDone();
    airflowClock.advance(Duration.ofMinutes(30));

    await().atMost(Duration.ofSeconds(60)).until(done::isDone);
    assertThat(done.join().state()).isEqualTo(TaskState.SUCCESS);
    assertThat(log(1)).contains("load=success");
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_failing_airflow_run_fails_the_task_naming_the_failed_airflow_tasks(ApiVersion version) {
    AirflowRunner runner = runner(version);

    Observation outcome = outcome(runner, runner.start(context(Map.of("dag_id", "fails"))));

    assertThat(outcome.state()).isEqualTo(TaskState.FAILED);
    assertThat(outcome.detail()).contains("ended failed").contains("failed Airflow tasks: load").contains("DAG 'fails'");
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_restarted_scheduler_re_attaches_to_the_run_of_the_try_and_never_triggers_a_second(ApiVersion version) {
    AirflowRunner before = runner(version);
    TaskContext firstTry = context(Map.of("dag_id", "two_steps"), 1);
    RunHandle handle = before.start(firstTry);

    AirflowRunner after = restarted();
    assertThat(after.recover(firstTry)).contains(handle);
    assertThat(after.start(firstTry)).isEqualTo(handle); // a start that did not know: Airflow's 409
    assertThat(airflow.runIds("two_steps")).hasSize(1);
    airflowClock.advance(Duration.ofHours(2));
    assertThat(outcome(after, handle).state()).isEqualTo(TaskState.SUCCESS);

    RunHandle secondTry = after.start(context(Map.of("dag_id", "two_steps"), 2));
    assertThat(secondTry).isNotEqualTo(handle);
    assertThat(airflow.runIds("two_steps")).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void nothing_is_recovered_for_a_try_that_triggered_nothing(ApiVersion version) {
    AirflowRunner runner = runner(version);

    assertThat(runner.recover(context(Map.of("dag_id", "succeeds")))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void cancel_marks_the_airflow_run_failed_and_the_task_fails(ApiVersion version) throws IOException {
    AirflowRunner runner = runner(version);
    RunHandle handle = runner.start(context(Map.of("dag_id", "two_steps")));

    runner.cancel(handle);

    assertThat(outcome(runner, handle).state()).isEqualTo(TaskState.FAILED);
    assertThat(airflow.runState("two_steps", AirflowWork.of(handle).runId())).contains("failed");
    assertThat(log(1)).contains("cancelled: marked Airflow run");
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_dag_airflow_does_not_have_fails_the_start_naming_it_without_retrying(ApiVersion version) {
    AirflowRunner runner = runner(version);

    assertThat(startFails(runner, Map.of("dag_id", "nope")))
        .isInstanceOf(AirflowTaskException.class).hasMessageContaining("Airflow has no DAG 'nope'")
        .hasMessageContaining("404");
    assertThat(airflow.count("GET " + version.basePath() + "/dags/nope")).isEqualTo(1);
    assertThat(airflow.count("POST")).isLessThanOrEqualTo(1); // the token of Airflow 3, no trigger
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_paused_dag_fails_the_start_saying_so(ApiVersion version) {
    AirflowRunner runner = runner(version);

    assertThat(startFails(runner, Map.of("dag_id", "paused"))).hasMessageContaining("'paused' is paused");
    assertThat(airflow.runIds("paused")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void wrong_credentials_fail_the_start_once_naming_the_refusal_and_not_the_password(ApiVersion version) {
    runner(version);
    airflow.password("another-one");
    AirflowRunner runner = restarted();

    assertThat(startFails(runner, Map.of("dag_id", "succeeds"))).hasMessageContaining("401")
        .hasMessageContaining("user 'nightshift'");
    // One refused request (the token of Airflow 3, the DAG of Airflow 2), not retried.
    assertThat(airflow.count("POST /auth/token") + airflow.count("GET " + version.basePath() + "/dags")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void an_unreachable_airflow_fails_the_start_naming_it(ApiVersion version) {
    AirflowRunner runner = AirflowRunnerContractTest.Runners.against(AirflowConnection.of(AirflowRunner.DEFAULT_CONNECTION,
        FakeAirflow.nowhere(), FakeAirflow.USER, FakeAirflow.PASSWORD).withVersion(version)
        .withRetry(AirflowRunnerContractTest.Runners.FAST_RETRY), timer, callbacks);

    assertThat(startFails(runner, Map.of("dag_id", "succeeds"))).hasMessageContaining("could not be reached")
        .hasMessageContaining("connection '" + AirflowRunner.DEFAULT_CONNECTION + "'");
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void an_html_page_instead_of_airflow_fails_the_start_naming_it_without_retrying(ApiVersion version) {
    runner(version);
    airflow.answerNext(2, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><body>Please sign in</body></html>");

    assertThat(startFails(restarted(), Map.of("dag_id", "succeeds"))).hasMessageContaining("does not look like Airflow")
        .hasMessageContaining("/api/v1/version answered 200 without an Airflow version").hasMessageContaining("Please sign in");
    assertThat(airflow.requests()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void a_watch_that_gets_html_mid_run_fails_the_task_at_once(ApiVersion version) {
    AirflowRunner runner = runner(version);
    RunHandle handle = runner.start(context(Map.of("dag_id", "two_steps")));
    int before = airflow.requests().size();
    airflow.answerNext(1, 200, "text/html", "<html>maintenance</html>");

    Observation outcome = outcome(runner, handle);

    assertThat(outcome.state()).isEqualTo(TaskState.FAILED);
    assertThat(outcome.detail()).contains("not JSON").contains("maintenance");
    assertThat(airflow.requests().size() - before).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void bad_arguments_are_named(ApiVersion version) {
    AirflowRunner runner = runner(version);
    Map<String, Object> unknownConnection = new HashMap<>(Map.of("dag_id", "succeeds", "connection", "elsewhere"));

    assertThatThrownBy(() -> runner.start(context(unknownConnection)))
        .isInstanceOf(InvalidTaskArgsException.class).hasMessageContaining("argument 'connection'")
        .hasMessageContaining("'elsewhere'").hasMessageContaining("configured: airflow_default");
    assertThatThrownBy(() -> runner.start(context(Map.of("dag_id", "a b"))))
        .isInstanceOf(InvalidTaskArgsException.class).hasMessageContaining("argument 'dag_id'");
    assertThatThrownBy(() -> runner.start(context(Map.of("dag_id", "succeeds", "conf", "x=1"))))
        .isInstanceOf(InvalidTaskArgsException.class).hasMessageContaining("argument 'conf' must be a mapping");
    assertThat(airflow.requests()).isEmpty();
  }
}
