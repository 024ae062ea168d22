package dev.nightshift.scheduler;

import static dev.nightshift.scheduler.testing.Schedulers.awaitFinished;
import static dev.nightshift.scheduler.testing.Schedulers.trigger;
import static dev.nightshift.scheduler.testing.TestDags.aDag;
import static dev.nightshift.scheduler.testing.TestDags.shell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scheduler.event.RunListener;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.testing.Schedulers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole scheduler on PostgreSQL, the scaled-out metadata database. */
class PostgresSchedulerTest {
  @TempDir Path dataDir;

  @Test
  void a_run_with_a_retry_completes_on_postgres_and_the_listener_sees_every_change()
      throws Exception {
    List<String> changes = new CopyOnWriteArrayList<>();
    RunListener recorder = new RunListener() {
      @Override
      public void taskChanged(TaskInstance task, TaskState from) {
        changes.add(task.taskId() + ":" + task.state().apiName());
      }
    };
    Path marker = dataDir.resolve("tried");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
        NightshiftScheduler scheduler = Schedulers.embedded(dataDir)
            .database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "")
            .listener(recorder)
            .dag(aDag("pg")
                // fails the first time, succeeds the second
                .task(shell("flaky", "test -f " + marker + " || { touch " + marker + "; exit 1; }")
                    .retries(1, Duration.ofMillis(100), false))
                .task(shell("after", "true").after("flaky"))
                .build())
            .start()) {
      DagRun run = awaitFinished(scheduler, trigger(scheduler, "pg"));

      assertThat(run.state()).isEqualTo(RunState.SUCCESS);
      assertThat(changes).containsSubsequence("flaky:scheduled", "flaky:queued", "flaky:running",
          "flaky:up_for_retry", "flaky:queued", "flaky:running", "flaky:success",
          "after:queued", "after:running", "after:success");
      assertThat(scheduler.statementsExecuted()).isPositive();
    }
  }
}
