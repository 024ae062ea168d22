package dev.nightshift.scheduler.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.schedule.DataInterval;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every {@link TaskRunner} keeps. A runner's test extends this class and says how to
 * make work that succeeds, fails, or runs until cancelled.
 */
public abstract class TaskRunnerContractTest {
  protected final ExecutorService callbacks = Executors.newCachedThreadPool(new NamedThreads("runner"));
  @TempDir protected Path dir;
  private int tries;

  protected abstract TaskRunner runner();

  /** A runner of the same type that never saw the handles: what a restarted scheduler has. */
  protected abstract TaskRunner restartedRunner();

  protected abstract Map<String, Object> succeedingArgs();

  protected abstract Map<String, Object> failingArgs();

  protected abstract Map<String, Object> longArgs();

  @AfterEach
  void stopCallbacks() {
    callbacks.shutdownNow();
  }

  protected TaskContext context(Map<String, Object> args) {
    tries++;
    return new TaskContext(new TaskRef("dag", "run", "task"), tries,
        new DataInterval(Instant.EPOCH, Instant.EPOCH.plusSeconds(60)), args, Map.of(),
        dir.resolve(tries + ".log"));
  }

  /** How long work may take to end; a runner whose work starts a JVM or more may need longer. */
  protected Duration outcomeTimeout() {
    return Duration.ofSeconds(20);
  }

  protected Observation awaitOutcome(TaskRunner runner, RunHandle handle) {
    CompletableFuture<Observation> done = new CompletableFuture<>();
    if (!runner.whenDone(handle, done::complete)) {
      await().atMost(outcomeTimeout()).until(() -> runner.observe(handle).isDone());
      return runner.observe(handle);
    }
    await().atMost(outcomeTimeout()).until(done::isDone);
    return done.join();
  }

  @Test
  void work_that_succeeds_is_reported_as_success_by_callback_and_by_observe() {
    TaskRunner runner = runner();
    RunHandle handle = runner.start(context(succeedingArgs()));

    assertThat(handle.runnerType()).isEqualTo(runner.type());
    assertThat(awaitOutcome(runner, handle).state()).isEqualTo(TaskState.SUCCESS);
    assertThat(runner.observe(handle).state()).isEqualTo(TaskState.SUCCESS);
  }

  @Test
  void work_that_fails_is_an_observation_with_a_detail_not_an_exception() {
    TaskRunner runner = runner();
    Observation outcome = awaitOutcome(runner, runner.start(context(failingArgs())));

    assertThat(outcome.state()).isEqualTo(TaskState.FAILED);
    assertThat(outcome.detail()).isNotBlank();
  }

  @Test
  void cancelled_work_ends_failed_and_cancel_is_idempotent() {
    TaskRunner runner = runner();
    RunHandle handle = runner.start(context(longArgs()));
    assertThat(runner.observe(handle).state()).isEqualTo(TaskState.RUNNING);

    runner.cancel(handle);
    runner.cancel(handle);

    assertThat(awaitOutcome(runner, handle).state()).isEqualTo(TaskState.FAILED);
  }

  @Test
  void a_restarted_runner_gives_a_definite_answer_for_a_handle_it_never_saw() {
    RunHandle handle = runner().start(context(succeedingArgs()));
    awaitOutcome(runner(), handle);

    Observation afterRestart = restartedRunner().observe(handle);

    assertThat(afterRestart.state()).isIn(TaskState.SUCCESS, TaskState.FAILED);
    assertThat(afterRestart.detail()).isNotBlank();
  }

  @Test
  void missing_arguments_fail_at_start_naming_the_argument() {
    assertThatThrownBy(() -> runner().start(context(Map.of())))
        .isInstanceOf(InvalidTaskArgsException.class)
        .hasMessageContaining("TaskInstance(dag=dag, run=run, task=task): argument '");
  }
}
