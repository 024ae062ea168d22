package dev.nightshift.scheduler.runner.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskRunner;
import dev.nightshift.scheduler.runner.TaskRunnerContractTest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellRunnerTest extends TaskRunnerContractTest {
  private final ShellRunner runner = new ShellRunner(callbacks, Duration.ofMillis(500));

  @Override
  protected TaskRunner runner() {
    return runner;
  }

  @Override
  protected TaskRunner restartedRunner() {
    return new ShellRunner(callbacks, Duration.ofMillis(500));
  }

  @Override
  protected Map<String, Object> succeedingArgs() {
    return Map.of("command", "echo hello");
  }

  @Override
  protected Map<String, Object> failingArgs() {
    return Map.of("command", "echo broken >&2; exit 3");
  }

  @Override
  protected Map<String, Object> longArgs() {
    return Map.of("command", "sleep 100");
  }

  @Test
  void output_errors_env_and_working_directory_reach_the_log_and_the_exit_code_is_kept()
      throws Exception {
    Files.createDirectories(dir.resolve("work"));
    var context = context(Map.of("command", "echo \"$GREETING from $(pwd)\"; echo oops >&2; exit 4",
        "env", Map.of("GREETING", "hi"), "cwd", dir.resolve("work").toString()));

    Observation outcome = awaitOutcome(runner, runner.start(context));

    assertThat(outcome).isEqualTo(Observation.failed(4, "exit code 4"));
    assertThat(Files.readString(context.logFile()))
        .contains("hi from " + dir.resolve("work")).contains("oops");
    assertThat(ShellRunner.exitFileOf(context.logFile())).hasContent("4");
  }

  @Test
  void a_restarted_runner_adopts_a_command_that_still_runs_and_reads_its_exit_code_later() {
    RunHandle handle = runner.start(context(Map.of("command", "sleep 1; exit 0")));
    TaskRunner restarted = restartedRunner();

    assertThat(restarted.observe(handle).state()).isEqualTo(TaskState.RUNNING);
    assertThat(restarted.whenDone(handle, o -> {})).isFalse();
    await().atMost(Duration.ofSeconds(10))
        .until(() -> restarted.observe(handle).state() == TaskState.SUCCESS);
  }

  @Test
  void a_launch_whose_handle_was_lost_is_found_again_by_its_try() {
    var launched = context(Map.of("command", "sleep 0.5"));
    runner.start(launched);
    var neverLaunched = context(Map.of("command", "true"));
    TaskRunner restarted = restartedRunner();

    // the wrapper writes its pid file first thing, a moment after the launch
    await().atMost(Duration.ofSeconds(5)).until(() -> restarted.recover(launched).isPresent());
    RunHandle found = restarted.recover(launched).orElseThrow();

    assertThat(restarted.recover(neverLaunched)).isEmpty();
    assertThat(restarted.observe(found).state()).isEqualTo(TaskState.RUNNING);
    await().atMost(Duration.ofSeconds(10))
        .until(() -> restarted.observe(found).state() == TaskState.SUCCESS);
  }

  @Test
  void cancel_kills_the_whole_process_tree() {
    RunHandle handle = runner.start(context(Map.of("command", "sleep 100 & sleep 100; wait")));
    ProcessHandle wrapper = ProcessHandle.of(ShellHandle.parse(handle.externalId()).pid()).orElseThrow();
    await().atMost(Duration.ofSeconds(5)).until(() -> wrapper.descendants().count() >= 3);
    List<ProcessHandle> tree = wrapper.descendants().toList();

    runner.cancel(handle);

    assertThat(awaitOutcome(runner, handle).state()).isEqualTo(TaskState.FAILED);
    await().atMost(Duration.ofSeconds(10))
        .until(() -> tree.stream().noneMatch(ProcessTree::isRunning));
    assertThat(ProcessTree.isRunning(wrapper)).isFalse();
  }
}
