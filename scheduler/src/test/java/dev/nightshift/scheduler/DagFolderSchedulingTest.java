package dev.nightshift.scheduler;

import static dev.nightshift.scheduler.testing.Schedulers.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.testing.Schedulers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DAG files in a watched folder, through the real parser and template renderer. */
class DagFolderSchedulingTest {
  @TempDir Path dataDir;
  @TempDir Path dagFolder;
  private NightshiftScheduler scheduler;

  @BeforeEach
  void start() throws IOException {
    write("echo day={{ ds }} region={{ params.region }} try={{ try_number }}");
    scheduler = Schedulers.embedded(dataDir).dagFolder(dagFolder).start();
  }

  @AfterEach
  void stop() {
    scheduler.close();
  }

  private void write(String command) throws IOException {
    Files.writeString(dagFolder.resolve("report.yaml"), """
        id: report
        schedule: manual
        params:
          region: {type: string, default: eu}
        tasks:
          - id: say
            type: shell
            args: {command: "%s"}
        """.formatted(command));
  }

  @Test
  void templated_arguments_are_rendered_with_the_runs_context_before_the_task_starts() {
    DagRun run = awaitFinished(scheduler,
        scheduler.trigger("report", Map.of("region", "us"), Instant.parse("2026-04-02T10:00:00Z")));

    assertThat(run.state()).isEqualTo(RunState.SUCCESS);
    assertThat(scheduler.readLog(new TaskRef("report", run.runId(), "say"), 1, 0, 1000).text())
        .isEqualTo("day=2026-04-02 region=us try=1\n");
  }

  @Test
  void a_changed_file_gives_runs_a_new_version_and_the_old_source_stays_readable()
      throws IOException {
    DagRun first = awaitFinished(scheduler, trigger(scheduler, "report"));

    write("echo changed");
    await().atMost(PATIENCE).until(() ->
        !scheduler.dag("report").orElseThrow().version().equals(first.dagVersion()));
    DagRun second = awaitFinished(scheduler, trigger(scheduler, "report"));

    assertThat(second.dagVersion()).isNotEqualTo(first.dagVersion());
    assertThat(scheduler.dagSource("report", first.dagVersion())).get().asString()
        .contains("{{ ds }}");
    assertThat(scheduler.dagSource("report", second.dagVersion())).get().asString()
        .contains("echo changed");
    assertThat(scheduler.readLog(new TaskRef("report", second.runId(), "say"), 1, 0, 100).text())
        .isEqualTo("changed\n");
  }

  @Test
  void a_removed_file_deactivates_its_dag_and_its_run_in_flight_still_finishes()
      throws IOException {
    write("sleep 1");
    await().atMost(PATIENCE).until(() -> scheduler.dag("report").orElseThrow().task("say")
        .orElseThrow().args().get("command").equals("sleep 1"));
    DagRun run = trigger(scheduler, "report");

    Files.delete(dagFolder.resolve("report.yaml"));

    await().atMost(PATIENCE).until(() -> scheduler.dag("report").isEmpty());
    assertThat(scheduler.dags()).singleElement().satisfies(d -> assertThat(d.active()).isFalse());
    assertThat(awaitFinished(scheduler, run).state()).isEqualTo(RunState.SUCCESS);
  }
}
