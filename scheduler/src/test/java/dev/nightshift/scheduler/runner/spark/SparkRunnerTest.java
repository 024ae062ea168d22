package dev.nightshift.scheduler.runner.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.runner.InvalidTaskArgsException;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.runner.TaskRunner;
import dev.nightshift.scheduler.runner.TaskRunnerContractTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spark runner against real spark-submit processes of a tiny application, on the Spark home
 * the build assembles from the project's jars, master {@code local[1]}.
 */
class SparkRunnerTest extends TaskRunnerContractTest {
  private static final Path SPARK_HOME = Path.of(System.getProperty("nightshift.test.spark-home"));
  @TempDir static Path shared;
  private static Path app;
  private SparkRunner runner;

  @BeforeAll
  static void buildApp() {
    app = TinySparkApp.jar(SPARK_HOME, shared);
  }

  private SparkSettings settings() {
    return new SparkSettings(SPARK_HOME, Path.of(System.getProperty("nightshift.test.spark-jobs-jar")),
        "local[1]", new SparkSettings.ServingStoreUrl("jdbc:h2:mem:none", "sa", ""),
        shared.resolve("work"), Duration.ofSeconds(2));
  }

  @Override
  protected TaskRunner runner() {
    if (runner == null) {
      runner = new SparkRunner(settings(), callbacks);
    }
    return runner;
  }

  @Override
  protected TaskRunner restartedRunner() {
    return new SparkRunner(settings(), callbacks);
  }

  @Override
  protected Duration outcomeTimeout() {
    return Duration.ofMinutes(2);
  }

  private Map<String, Object> tiny(String mode) {
    return Map.of("main_class", TinySparkApp.MAIN_CLASS, "application", app.toString(),
        "app_args", List.of(mode), "driver_memory", "512m");
  }

  @Override
  protected Map<String, Object> succeedingArgs() {
    return tiny("ok");
  }

  @Override
  protected Map<String, Object> failingArgs() {
    return tiny("fail");
  }

  @Override
  protected Map<String, Object> longArgs() {
    return tiny("wait");
  }

  @Test
  void the_drivers_output_is_in_the_log_and_the_detail_names_the_application_and_master()
      throws Exception {
    TaskContext context = context(tiny("ok"));

    Observation outcome = awaitOutcome(runner(), runner().start(context));

    assertThat(outcome.state()).isEqualTo(TaskState.SUCCESS);
    assertThat(outcome.detail()).matches("application local-\\d+ FINISHED on local\\[1\\].*exit code 0");
    assertThat(Files.readString(context.logFile())).contains("counted 1000");
  }

  @Test
  void a_failed_application_fails_with_the_drivers_reason_once_its_process_has_ended() {
    Observation outcome = awaitOutcome(runner(), runner().start(context(tiny("fail"))));

    assertThat(outcome.state()).isEqualTo(TaskState.FAILED);
    assertThat(outcome.exitCode()).isNotZero();
    assertThat(outcome.detail()).contains("tiny app failed on purpose");
  }

  @Test
  void a_running_application_tells_its_id_and_state_as_the_launcher_reports_them_once_each() {
    RunHandle handle = runner().start(context(tiny("wait")));
    List<String> told = new CopyOnWriteArrayList<>();

    assertThat(runner().whileRunning(handle, told::add)).isTrue();
    await().atMost(outcomeTimeout()).until(() -> told.stream()
        .anyMatch(detail -> detail.matches("application local-\\d+ RUNNING on local\\[1\\]")));
    runner().cancel(handle);
    awaitOutcome(runner(), handle);

    assertThat(told.get(0)).startsWith("application ");
    for (int i = 1; i < told.size(); i++) {
      assertThat(told.get(i)).as("told again unchanged").isNotEqualTo(told.get(i - 1));
    }
    assertThat(restartedRunner().whileRunning(handle, told::add)).as("nothing to follow after a restart").isFalse();
  }

  @Test
  void a_restarted_runner_adopts_a_running_application_and_follows_it_to_its_end() {
    TaskContext context = context(tiny("wait"));
    RunHandle handle = runner().start(context);

    TaskRunner restarted = restartedRunner();
    assertThat(restarted.recover(context)).contains(handle);
    assertThat(restarted.observe(handle).state()).isEqualTo(TaskState.RUNNING);
    restarted.cancel(handle);

    assertThat(awaitOutcome(restarted, handle).state()).isEqualTo(TaskState.FAILED);
  }

  @Test
  void a_spark_job_on_a_missing_lake_fails_with_the_path_in_its_detail_and_log() throws Exception {
    Path lake = dir.resolve("no-lake");
    TaskContext context = context(Map.of("job", "feeds",
        "params", Map.of("lake", lake.toString(), "date", "2026-11-24")));

    Observation outcome = awaitOutcome(runner(), runner().start(context));

    assertThat(outcome.state()).isEqualTo(TaskState.FAILED);
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.detail()).contains("FAILED: nightshift feeds").contains(lake.toString());
    assertThat(Files.readString(context.logFile())).contains("FAILED: nightshift feeds");
  }

  @Test
  void unknown_jobs_and_bad_deploy_modes_are_refused_at_start() {
    assertThatThrownBy(() -> runner().start(context(Map.of("job", "nope"))))
        .isInstanceOf(InvalidTaskArgsException.class).hasMessageContaining("known jobs: compaction, feeds");
    assertThatThrownBy(() -> runner().start(context(Map.of("job", "feeds", "deploy_mode", "sideways"))))
        .isInstanceOf(InvalidTaskArgsException.class).hasMessageContaining("deploy_mode");
  }
}
