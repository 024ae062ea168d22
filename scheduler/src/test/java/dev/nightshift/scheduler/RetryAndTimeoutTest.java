package dev.nightshift.scheduler;

import static dev.nightshift.scheduler.testing.Schedulers.*;
import static dev.nightshift.scheduler.testing.TestDags.aDag;
import static dev.nightshift.scheduler.testing.TestDags.shell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.runner.shell.ProcessTree;
import dev.nightshift.scheduler.testing.Schedulers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryAndTimeoutTest {
  @TempDir Path dataDir;
  private NightshiftScheduler scheduler;

  @AfterEach
  void stop() {
    scheduler.close();
  }

  @Test
  void each_retry_is_a_new_try_after_an_exponential_backoff_recorded_on_the_failed_try() {
    scheduler = Schedulers.embedded(dataDir).dag(aDag("flaky")
        .task(shell("t", "exit 7").retries(2, Duration.ofMillis(300), true)).build()).start();

    DagRun run = awaitFinished(scheduler, trigger(scheduler, "flaky"));
    List<TaskTry> tries = scheduler.tries(new TaskRef("flaky", run.runId(), "t"));

    assertThat(run.state()).isEqualTo(RunState.FAILED);
    assertThat(tries).extracting(TaskTry::tryNumber).containsExactly(1, 2, 3);
    assertThat(tries).extracting(TaskTry::state)
        .containsExactly(TaskState.UP_FOR_RETRY, TaskState.UP_FOR_RETRY, TaskState.FAILED);
    assertThat(tries).extracting(TaskTry::retryDelay)
        .containsExactly(Duration.ofMillis(300), Duration.ofMillis(600), null);
    assertThat(tries).extracting(TaskTry::exitCode).containsOnly(7);
    for (int i = 0; i < 2; i++) {
      assertThat(tries.get(i).nextTryAt()).isEqualTo(tries.get(i).endedAt().plus(tries.get(i).retryDelay()));
      assertThat(tries.get(i + 1).startedAt()).isAfterOrEqualTo(tries.get(i).nextTryAt());
    }
  }

  @Test
  void a_timeout_kills_the_whole_process_tree_and_fails_the_try() throws Exception {
    scheduler = Schedulers.embedded(dataDir).dag(aDag("slow")
        .task(shell("t", "sh -c 'sleep 100 & sleep 100; wait'").timeout(Duration.ofSeconds(1)))
        .build()).start();
    DagRun run = trigger(scheduler, "slow");
    TaskRef ref = new TaskRef("slow", run.runId(), "t");
    awaitTask(scheduler, ref, TaskState.RUNNING);
    long pid = new ObjectMapper().readTree(scheduler.tries(ref).get(0).handle()).get("pid").asLong();
    ProcessHandle wrapper = ProcessHandle.of(pid).orElseThrow();
    // wrapper -> sh -c command -> sh -c '...' -> two sleeps
    await().atMost(PATIENCE).until(() -> wrapper.descendants().count() >= 4);
    List<ProcessHandle> tree = wrapper.descendants().toList();

    DagRun finished = awaitFinished(scheduler, run);

    assertThat(finished.state()).isEqualTo(RunState.FAILED);
    assertThat(scheduler.tries(ref).get(0).detail()).startsWith("timed out after PT1S");
    await().atMost(PATIENCE).until(() -> tree.stream().noneMatch(ProcessTree::isRunning));
    assertThat(ProcessTree.isRunning(wrapper)).isFalse();
  }
}
