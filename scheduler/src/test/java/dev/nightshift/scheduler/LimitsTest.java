package dev.nightshift.scheduler;

import static dev.nightshift.scheduler.testing.Schedulers.*;
import static dev.nightshift.scheduler.testing.TestDags.aDag;
import static dev.nightshift.scheduler.testing.TestDags.shell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.testing.Schedulers;
import dev.nightshift.scheduler.testing.TestDags;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsTest {
  @TempDir Path dataDir;
  private NightshiftScheduler scheduler;

  @AfterEach
  void stop() {
    scheduler.close();
  }

  private void start(TestDags dag) {
    scheduler = Schedulers.embedded(dataDir).dag(dag.build()).start();
  }

  @Test
  void a_pool_with_one_slot_runs_its_tasks_one_at_a_time() {
    start(aDag("pooled")
        .task(shell("a", "sleep 0.3").pool("single"))
        .task(shell("b", "sleep 0.3").pool("single"))
        .task(shell("c", "sleep 0.3").pool("single"))
        .task(shell("free", "sleep 0.3")));
    scheduler.setPool("single", 1);

    DagRun run = awaitFinished(scheduler, trigger(scheduler, "pooled"));

    assertThat(run.state()).isEqualTo(RunState.SUCCESS);
    List<TaskTry> tries = tries(scheduler, run);
    assertThat(maxOverlap(tries.stream().filter(t -> !t.task().taskId().equals("free")).toList()))
        .isEqualTo(1);
    assertThat(scheduler.pools()).containsEntry("single", 1);
  }

  @Test
  void ready_tasks_start_by_priority_weight_when_slots_are_short() {
    start(aDag("priorities")
        .task(shell("low", "sleep 0.2").pool("single").priority(1))
        .task(shell("high", "sleep 0.2").pool("single").priority(10))
        .task(shell("mid", "sleep 0.2").pool("single").priority(5)));
    scheduler.setPool("single", 1);

    DagRun run = awaitFinished(scheduler, trigger(scheduler, "priorities"));

    assertThat(tries(scheduler, run).stream().sorted(Comparator.comparing(TaskTry::startedAt))
        .map(t -> t.task().taskId())).containsExactly("high", "mid", "low");
  }

  @Test
  void max_active_tasks_caps_the_running_tasks_of_a_dag() {
    start(aDag("capped").maxActiveTasks(2)
        .task(shell("a", "sleep 0.3"))
        .task(shell("b", "sleep 0.3"))
        .task(shell("c", "sleep 0.3"))
        .task(shell("d", "sleep 0.3")));

    DagRun run = awaitFinished(scheduler, trigger(scheduler, "capped"));

    assertThat(run.state()).isEqualTo(RunState.SUCCESS);
    assertThat(maxOverlap(tries(scheduler, run))).isEqualTo(2);
  }

  @Test
  void runs_beyond_max_active_runs_stay_queued_and_start_as_earlier_runs_finish() {
    start(aDag("one_at_a_time").maxActiveRuns(1).task(shell("t", "sleep 1")));
    Instant day = Instant.parse("2026-02-01T00:00:00Z");

    DagRun first = trigger(scheduler, "one_at_a_time", day);
    DagRun second = trigger(scheduler, "one_at_a_time", day.plusSeconds(86_400));
    DagRun third = trigger(scheduler, "one_at_a_time", day.plusSeconds(2 * 86_400));

    assertThat(current(scheduler, second).state()).isIn(RunState.QUEUED);
    List<DagRun> finished = List.of(awaitFinished(scheduler, first),
        awaitFinished(scheduler, second), awaitFinished(scheduler, third));
    assertThat(finished).extracting(DagRun::state).containsOnly(RunState.SUCCESS);
    assertThat(finished.get(1).startedAt()).isAfterOrEqualTo(finished.get(0).endedAt());
    assertThat(finished.get(2).startedAt()).isAfterOrEqualTo(finished.get(1).endedAt());
  }
}
