package dev.nightshift.scheduler;

import static dev.nightshift.scheduler.testing.Schedulers.PATIENCE;
import static dev.nightshift.scheduler.testing.Schedulers.awaitFinished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.runner.shell.ProcessTree;
import dev.nightshift.scheduler.store.jdbc.JdbcRunStore;
import dev.nightshift.scheduler.store.jdbc.MetadataDatabase;
import dev.nightshift.scheduler.testing.Schedulers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a scheduler in another JVM while its task runs, then a restart on the same data. */
class RecoveryTest {
  @TempDir Path dataDir;
  private final List<String> childOutput = new CopyOnWriteArrayList<>();
  private NightshiftScheduler restarted;

  @AfterEach
  void stop() {
    if (restarted != null) {
      restarted.close();
    }
  }

  /** Starts the child scheduler and waits until its task runs; returns the child. */
  private Process startChildUntilTaskRuns(String command) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        RecoveryChild.class.getName(), dataDir.toString(), command)
        .redirectErrorStream(true).start();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
        out.lines().forEach(childOutput::add);
      } catch (IOException e) {
        childOutput.add("read failed: " + e);
      }
    });
    reader.setDaemon(true);
    reader.start();
    await().atMost(PATIENCE).until(() -> childOutput.stream().anyMatch(l -> l.startsWith("RUNNING ")));
    return child;
  }

  private String runId() {
    return childOutput.stream().filter(l -> l.startsWith("RUNNING ")).findFirst().orElseThrow()
        .substring("RUNNING ".length());
  }

  private NightshiftScheduler restart(String command) {
    return Schedulers.embedded(dataDir).dag(RecoveryChild.dag(command)).start();
  }

  @Test
  void a_task_still_running_after_kill_9_is_adopted_and_finishes_once() throws Exception {
    String command = "sleep 2; echo finished";
    Process child = startChildUntilTaskRuns(command);
    child.destroyForcibly().waitFor();

    restarted = restart(command);
    DagRun run = awaitFinished(restarted, restarted.run(RecoveryChild.DAG_ID, runId()).orElseThrow());

    TaskRef work = new TaskRef(RecoveryChild.DAG_ID, run.runId(), "work");
    assertThat(run.state()).isEqualTo(RunState.SUCCESS);
    assertThat(restarted.tries(work)).singleElement().satisfies(t -> {
      assertThat(t.state()).isEqualTo(TaskState.SUCCESS);
      assertThat(t.exitCode()).isZero();
    });
    assertThat(Files.readString(Path.of(restarted.tries(work).get(0).logPath())))
        .isEqualTo("finished\n");
    assertThat(restarted.history(RecoveryChild.DAG_ID, run.runId()))
        .filteredOn(t -> t.to() == TaskState.RUNNING).hasSize(1);
  }

  @Test
  void a_task_whose_process_died_with_the_scheduler_fails_and_is_retried() throws Exception {
    String command = "sleep 2";
    Process child = startChildUntilTaskRuns(command);
    child.destroyForcibly().waitFor();
    killTaskProcesses();

    restarted = restart(command);
    DagRun run = awaitFinished(restarted, restarted.run(RecoveryChild.DAG_ID, runId()).orElseThrow());

    List<TaskTry> tries = restarted.tries(new TaskRef(RecoveryChild.DAG_ID, run.runId(), "work"));
    assertThat(run.state()).isEqualTo(RunState.SUCCESS);
    assertThat(tries).extracting(TaskTry::state)
        .containsExactly(TaskState.UP_FOR_RETRY, TaskState.SUCCESS);
    assertThat(tries.get(0).detail()).contains("ended without recording an exit code");
  }

  /** What a machine crash does to the task: its whole process tree is gone. */
  private void killTaskProcesses() throws Exception {
    // The handle is read from the database file directly, now that the child is gone.
    String handle;
    try (MetadataDatabase database =
        MetadataDatabase.open(MetadataDatabase.h2FileUrl(dataDir), "sa", "", 1)) {
      handle = new JdbcRunStore(database.dataSource())
          .latestTry(new TaskRef(RecoveryChild.DAG_ID, runId(), "work")).orElseThrow().handle();
    }
    long pid = new ObjectMapper().readTree(handle).get("pid").asLong();
    ProcessHandle wrapper = ProcessHandle.of(pid).orElseThrow();
    wrapper.descendants().forEach(ProcessHandle::destroyForcibly);
    wrapper.destroyForcibly();
    await().atMost(PATIENCE).until(() -> !ProcessTree.isRunning(wrapper));
  }
}
