package dev.nightshift.scheduler;

import static dev.nightshift.scheduler.testing.Schedulers.awaitFinished;
import static dev.nightshift.scheduler.testing.Schedulers.awaitTask;
import static dev.nightshift.scheduler.testing.Schedulers.trigger;
import static dev.nightshift.scheduler.testing.TestDags.aDag;
import static dev.nightshift.scheduler.testing.TestDags.shell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scheduler.dispatch.PoolUsage;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.testing.Schedulers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only figures that metrics and dashboards show: queue depth, pool use, parsing. */
class OperatorFiguresTest {
  @TempDir Path dataDir;
  @TempDir Path dagFolder;

  @Test
  void queue_depth_and_pool_use_follow_tasks_waiting_for_a_full_pool() throws Exception {
    try (NightshiftScheduler scheduler = Schedulers.embedded(dataDir)
        .dag(aDag("pooled")
            .task(shell("a", "sleep 1").pool("single"))
            .task(shell("b", "sleep 1").pool("single"))
            .build())
        .start()) {
      scheduler.setPool("single", 1);
      assertThat(scheduler.readyQueueDepth()).isZero();
      assertThat(scheduler.poolUsage()).containsEntry("single", new PoolUsage(1, 0));

      DagRun run = trigger(scheduler, "pooled");
      org.awaitility.Awaitility.await().atMost(Schedulers.PATIENCE).until(
          () -> scheduler.readyQueueDepth() == 1 && scheduler.poolUsage().get("single").used() == 1);

      awaitFinished(scheduler, run);
      awaitTask(scheduler, new TaskRef("pooled", run.runId(), "b"), TaskState.SUCCESS);
      org.awaitility.Awaitility.await().atMost(Schedulers.PATIENCE).until(
          () -> scheduler.poolUsage().get("single").free() == 1);
      assertThat(scheduler.readyQueueDepth()).isZero();
    }
  }

  @Test
  void parse_count_and_time_cover_the_files_of_the_dag_folder() throws Exception {
    Files.writeString(dagFolder.resolve("one.yaml"), """
        id: one
        schedule: manual
        tasks:
          - {id: t, type: shell, args: {command: "true"}}
        """);
    try (NightshiftScheduler scheduler =
        Schedulers.embedded(dataDir).dagFolder(dagFolder).start()) {
      assertThat(scheduler.dagFilesParsed()).isEqualTo(1);
      assertThat(scheduler.dagParseTime()).isPositive();
    }
  }

  @Test
  void without_a_dag_folder_nothing_is_parsed() {
    try (NightshiftScheduler scheduler = Schedulers.embedded(dataDir).start()) {
      assertThat(scheduler.dagFilesParsed()).isZero();
      assertThat(scheduler.dagParseTime()).isZero();
    }
  }
}
