package dev.nightshift.scheduler;

import static dev.nightshift.scheduler.testing.Schedulers.*;
import static dev.nightshift.scheduler.testing.TestDags.aDag;
import static dev.nightshift.scheduler.testing.TestDags.shell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.nightshift.scheduler.dag.ParamSpec;
import dev.nightshift.scheduler.dag.ParamType;
import dev.nightshift.scheduler.dag.TriggerRule;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.InvalidRunConfException;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.testing.Schedulers;
import dev.nightshift.scheduler.testing.TestDags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DispatchTest {
  @TempDir Path dataDir;
  private NightshiftScheduler scheduler;

  @AfterEach
  void stop() {
    if (scheduler != null) {
      scheduler.close();
    }
  }

  private NightshiftScheduler start(TestDags... dags) {
    SchedulerBuilder builder = Schedulers.embedded(dataDir);
    for (TestDags dag : dags) {
      builder.dag(dag.build());
    }
    scheduler = builder.start();
    return scheduler;
  }

  @Test
  void tasks_run_in_dependency_order_and_the_run_succeeds() throws Exception {
    Path trace = dataDir.resolve("trace");
    start(aDag("chain")
        .task(shell("extract", "echo extract >> " + trace))
        .task(shell("transform", "echo transform >> " + trace).after("extract"))
        .task(shell("load", "echo load >> " + trace).after("transform")));

    DagRun run = awaitFinished(scheduler, trigger(scheduler, "chain"));

    assertThat(run.state()).isEqualTo(RunState.SUCCESS);
    assertThat(run.dagVersion()).isEqualTo("v1");
    assertThat(Files.readAllLines(trace)).containsExactly("extract", "transform", "load");
    assertThat(scheduler.history("chain", run.runId()))
        .filteredOn(t -> t.task().taskId().equals("load"))
        .extracting(t -> t.to())
        .containsExactly(TaskState.SCHEDULED, TaskState.QUEUED, TaskState.RUNNING, TaskState.SUCCESS);
  }

  @Test
  void noop_tasks_succeed_at_once_and_join_a_fan_out() {
    start(aDag("joins")
        .task(TestDags.task("begin", "noop", Map.of()))
        .task(shell("left", "true").after("begin"))
        .task(shell("right", "true").after("begin"))
        .task(TestDags.task("join", "noop", Map.of()).after("left", "right")));

    DagRun run = awaitFinished(scheduler, trigger(scheduler, "joins"));

    assertThat(run.state()).isEqualTo(RunState.SUCCESS);
    TaskTry join = scheduler.tries(new TaskRef("joins", run.runId(), "join")).get(0);
    assertThat(join.state()).isEqualTo(TaskState.SUCCESS);
    assertThat(join.runnerType()).isEqualTo("noop");
    assertThat(join.detail()).isEqualTo("no-op");
    assertThat(join.startedAt()).isAfterOrEqualTo(
        scheduler.tries(new TaskRef("joins", run.runId(), "right")).get(0).endedAt());
  }

  @Test
  void a_failure_upstream_fails_all_success_tasks_and_runs_one_failed_and_all_done_tasks() {
    start(aDag("rules")
        .task(shell("work", "exit 1"))
        .task(shell("publish", "true").after("work"))
        .task(shell("after_publish", "true").after("publish"))
        .task(shell("alert", "true").after("work").rule(TriggerRule.ONE_FAILED))
        .task(shell("cleanup", "true").after("work", "publish").rule(TriggerRule.ALL_DONE)));

    DagRun run = awaitFinished(scheduler, trigger(scheduler, "rules"));

    assertThat(run.state()).isEqualTo(RunState.FAILED);
    assertThat(states(scheduler, run)).containsOnly(
        entry("work", TaskState.FAILED),
        entry("publish", TaskState.UPSTREAM_FAILED),
        entry("after_publish", TaskState.UPSTREAM_FAILED),
        entry("alert", TaskState.SUCCESS),
        entry("cleanup", TaskState.SUCCESS));
  }

  @Test
  void a_run_takes_its_state_from_its_leaves_as_in_airflow() {
    start(aDag("leaves")
        .task(shell("work", "exit 1"))
        .task(shell("cleanup", "true").after("work").rule(TriggerRule.ALL_DONE)));

    DagRun run = awaitFinished(scheduler, trigger(scheduler, "leaves"));

    assertThat(states(scheduler, run)).containsOnly(
        entry("work", TaskState.FAILED), entry("cleanup", TaskState.SUCCESS));
    assertThat(run.state()).isEqualTo(RunState.SUCCESS);
  }

  @Test
  void skips_propagate_downstream_and_a_run_of_successes_and_skips_succeeds() {
    start(aDag("skips")
        .task(shell("work", "true"))
        .task(shell("alert", "true").after("work").rule(TriggerRule.ONE_FAILED))
        .task(shell("page", "true").after("alert"))
        .task(shell("report", "true").after("work", "alert")
            .rule(TriggerRule.NONE_FAILED_MIN_ONE_SUCCESS)));

    DagRun run = awaitFinished(scheduler, trigger(scheduler, "skips"));

    assertThat(run.state()).isEqualTo(RunState.SUCCESS);
    assertThat(states(scheduler, run)).containsOnly(
        entry("work", TaskState.SUCCESS),
        entry("alert", TaskState.SKIPPED),
        entry("page", TaskState.SKIPPED),
        entry("report", TaskState.SUCCESS));
  }

  @Test
  void a_task_its_runner_cannot_start_fails_with_the_reason_instead_of_staying_queued() {
    start(aDag("broken")
        .task(TestDags.task("no_command", "shell", Map.of()))
        .task(shell("no_pool", "true").pool("missing")));

    DagRun run = awaitFinished(scheduler, trigger(scheduler, "broken"));

    assertThat(states(scheduler, run)).containsOnly(
        entry("no_command", TaskState.FAILED), entry("no_pool", TaskState.FAILED));
    assertThat(scheduler.tries(new TaskRef("broken", run.runId(), "no_command")))
        .singleElement().extracting(TaskTry::detail).asString()
        .contains("could not start").contains("argument 'command' is required");
    assertThat(scheduler.history("broken", run.runId()))
        .anyMatch(t -> t.reason().startsWith("pool 'missing' does not exist"));
  }

  @Test
  void a_param_named_as_task_type_chooses_the_runner_of_each_run() {
    start(aDag("engines")
        .param(new ParamSpec("engine", ParamType.STRING, "noop", "where it runs"))
        .task(TestDags.task("build", "{{ params.engine }}", Map.of("command", "exit 7"))));

    DagRun byDefault = awaitFinished(scheduler, trigger(scheduler, "engines"));
    DagRun onShell = awaitFinished(scheduler, scheduler.trigger("engines", Map.of("engine", "shell"), null));
    DagRun unknown = awaitFinished(scheduler, scheduler.trigger("engines", Map.of("engine", "spork"), null));

    assertThat(byDefault.state()).isEqualTo(RunState.SUCCESS);
    assertThat(tries(scheduler, byDefault)).singleElement().extracting(TaskTry::runnerType).isEqualTo("noop");
    assertThat(onShell.state()).isEqualTo(RunState.FAILED);
    assertThat(tries(scheduler, onShell)).singleElement()
        .satisfies(t -> assertThat(t.runnerType()).isEqualTo("shell"))
        .satisfies(t -> assertThat(t.exitCode()).isEqualTo(7));
    assertThat(tries(scheduler, unknown)).singleElement().extracting(TaskTry::detail).asString()
        .contains("unknown task type 'spork'");
  }

  @Test
  void conf_is_checked_against_params_and_reaches_the_run() {
    start(aDag("params")
        .param(new ParamSpec("limit", ParamType.INTEGER, 10, "rows"))
        .task(shell("t", "true")));

    assertThatThrownBy(() -> scheduler.trigger("params", Map.of("limit", "many"), null))
        .isInstanceOf(InvalidRunConfException.class)
        .hasMessageContaining("param 'limit' must be integer");
    DagRun run = scheduler.trigger("params", Map.of("extra", "x"), null);
    assertThat(run.conf()).containsEntry("limit", 10).containsEntry("extra", "x");
    assertThat(run.runId()).startsWith("manual__");
  }

  @Test
  void marking_a_failed_task_success_lets_its_downstream_run() {
    start(aDag("mark")
        .task(shell("flaky", "exit 2"))
        .task(shell("next", "true").after("flaky")));
    DagRun run = awaitFinished(scheduler, trigger(scheduler, "mark"));
    assertThat(run.state()).isEqualTo(RunState.FAILED);

    // "next" was upstream_failed: clear it too, so that it can run after the mark.
    scheduler.markSuccess(new TaskRef("mark", run.runId(), "flaky"));
    scheduler.clear(new TaskRef("mark", run.runId(), "next"), false);

    assertThat(awaitFinished(scheduler, run).state()).isEqualTo(RunState.SUCCESS);
    assertThat(states(scheduler, run)).containsEntry("next", TaskState.SUCCESS);
  }

  @Test
  void marking_a_failed_run_success_marks_its_unsuccessful_tasks_together() {
    start(aDag("whole")
        .task(shell("ok", "true"))
        .task(shell("broken", "exit 3").after("ok"))
        .task(shell("after", "true").after("broken")));
    DagRun run = awaitFinished(scheduler, trigger(scheduler, "whole"));
    assertThat(run.state()).isEqualTo(RunState.FAILED);

    DagRun marked = scheduler.markRun(run.ref(), RunState.SUCCESS);

    assertThat(marked.state()).isEqualTo(RunState.SUCCESS);
    assertThat(states(scheduler, run)).containsOnly(
        entry("ok", TaskState.SUCCESS), entry("broken", TaskState.SUCCESS),
        entry("after", TaskState.SUCCESS));
    assertThat(scheduler.history("whole", run.runId()))
        .filteredOn(t -> t.reason() != null && t.reason().startsWith("run marked success"))
        .extracting(t -> t.task().taskId())
        .containsExactlyInAnyOrder("broken", "after");
  }

  @Test
  void marking_a_successful_run_failed_marks_its_tasks_failed_and_a_run_cannot_be_marked_queued() {
    start(aDag("undo").task(shell("a", "true")).task(shell("b", "true").after("a")));
    DagRun run = awaitFinished(scheduler, trigger(scheduler, "undo"));

    DagRun marked = scheduler.markRun(run.ref(), RunState.FAILED);

    assertThat(marked.state()).isEqualTo(RunState.FAILED);
    assertThat(states(scheduler, run)).containsOnly(
        entry("a", TaskState.FAILED), entry("b", TaskState.FAILED));
    assertThatThrownBy(() -> scheduler.markRun(run.ref(), RunState.QUEUED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("success or failed");
  }

  @Test
  void clearing_a_task_with_downstream_runs_them_again_as_new_tries() {
    start(aDag("again")
        .task(shell("a", "echo a"))
        .task(shell("b", "echo b").after("a")));
    DagRun run = awaitFinished(scheduler, trigger(scheduler, "again"));

    List<?> cleared = scheduler.clear(new TaskRef("again", run.runId(), "a"), true);

    assertThat(cleared).hasSize(2);
    awaitTask(scheduler, new TaskRef("again", run.runId(), "b"), TaskState.SUCCESS);
    assertThat(awaitFinished(scheduler, run).state()).isEqualTo(RunState.SUCCESS);
    assertThat(scheduler.tries(new TaskRef("again", run.runId(), "b")))
        .extracting(TaskTry::tryNumber).containsExactly(1, 2);
    assertThatThrownBy(() -> scheduler.clear(new TaskRef("again", run.runId(), "zzz"), false))
        .hasMessageContaining("no task 'zzz'");
  }

  @Test
  void a_try_log_is_read_from_an_offset() {
    start(aDag("logs").task(shell("say", "printf 'hello world'")));
    DagRun run = awaitFinished(scheduler, trigger(scheduler, "logs"));
    TaskRef say = new TaskRef("logs", run.runId(), "say");

    var chunk = scheduler.readLog(say, 1, 6, 100);

    assertThat(chunk.text()).isEqualTo("world");
    assertThat(chunk.nextOffset()).isEqualTo(11);
    assertThat(scheduler.tries(say).get(0).logPath())
        .isEqualTo(dataDir.resolve("logs/logs/" + run.runId() + "/say/1.log").toString());
    assertThatThrownBy(() -> scheduler.readLog(say, 2, 0, 10)).hasMessageContaining("no log for try 2");
  }

  @Test
  void a_dag_with_an_unknown_task_type_is_not_loaded_and_the_error_names_the_known_types() {
    start(aDag("odd").task(TestDags.task("t", "sparkle", Map.of())));

    assertThat(scheduler.dag("odd")).isEmpty();
    assertThat(scheduler.importErrors()).singleElement().extracting(e -> e.message()).asString()
        .contains("task 't'").contains("unknown task type 'sparkle'")
        .contains("known types: http, noop, shell");
  }
}
