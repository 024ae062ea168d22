package dev.nightshift.scheduler;

import static dev.nightshift.scheduler.testing.Schedulers.PATIENCE;
import static dev.nightshift.scheduler.testing.Schedulers.awaitFinished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import static dev.nightshift.scheduler.testing.TestDags.aDag;
import static dev.nightshift.scheduler.testing.TestDags.shell;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dispatch.LogFiles;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.runner.shell.ShellRunner;
import dev.nightshift.scheduler.schedule.DataInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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

/**
 * kill -9 of an {@link EmbeddedScheduler} in another JVM while its task runs, then a restart on
 * the same data directory and DAG folder in this JVM.
 */
class RecoveryTest {
  private static final String RUNNING_LINE = "task=work) queued -> running";

  @TempDir Path dataDir;
  @TempDir Path dagFolder;
  private final List<String> childOutput = new CopyOnWriteArrayList<>();
  private NightshiftScheduler restarted;

  @AfterEach
  void stop() {
    if (restarted != null) {
      restarted.close();
    }
  }

  private void writeDag(String command) throws IOException {
    Files.writeString(dagFolder.resolve("durable.yaml"), """
        id: durable
        schedule: "@once"
        start_date: 2026-01-01
        tasks:
          - id: work
            type: shell
            args: {command: "%s"}
            retries: 1
            retry_delay: 100ms
        """.formatted(command));
  }

  /** Starts the scheduler in a child JVM and waits until its task runs (committed). */
  private Process startChildUntilTaskRuns() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        EmbeddedScheduler.class.getName(), dataDir.toString(), dagFolder.toString())
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
    await().atMost(PATIENCE).until(() -> childOutput.stream().anyMatch(l -> l.contains(RUNNING_LINE)));
    return child;
  }

  private DagRun onlyRun(NightshiftScheduler scheduler) {
    return scheduler.runs("durable", 10).stream().reduce((a, b) -> {
      throw new AssertionError("more than one run: " + a + ", " + b);
    }).orElseThrow();
  }

  private NightshiftScheduler restart() {
    return Schedulers.embedded(dataDir).dagFolder(dagFolder).start();
  }

  @Test
  void a_task_still_running_after_kill_9_is_adopted_and_finishes_once() throws Exception {
    writeDag("sleep 2; echo finished");
    startChildUntilTaskRuns().destroyForcibly().waitFor();

    restarted = restart();
    DagRun run = awaitFinished(restarted, onlyRun(restarted));

    TaskRef work = new TaskRef("durable", run.runId(), "work");
    assertThat(run.state()).isEqualTo(RunState.SUCCESS);
    assertThat(restarted.tries(work)).singleElement().satisfies(t -> {
      assertThat(t.state()).isEqualTo(TaskState.SUCCESS);
      assertThat(t.exitCode()).isZero();
    });
    assertThat(Files.readString(Path.of(restarted.tries(work).get(0).logPath())))
        .isEqualTo("finished\n");
    assertThat(restarted.history("durable", run.runId()))
        .filteredOn(t -> t.to() == TaskState.RUNNING).hasSize(1);
  }

  @Test
  void a_task_whose_process_died_with_the_scheduler_fails_and_is_retried() throws Exception {
    writeDag("sleep 2");
    startChildUntilTaskRuns().destroyForcibly().waitFor();
    killTaskProcesses();

    restarted = restart();
    DagRun run = awaitFinished(restarted, onlyRun(restarted));

    List<TaskTry> tries = restarted.tries(new TaskRef("durable", run.runId(), "work"));
    assertThat(run.state()).isEqualTo(RunState.SUCCESS);
    assertThat(tries).extracting(TaskTry::state)
        .containsExactly(TaskState.UP_FOR_RETRY, TaskState.SUCCESS);
    assertThat(tries.get(0).detail()).contains("ended without recording an exit code");
  }

  @Test
  void a_task_launched_just_before_a_crash_without_a_recorded_handle_is_adopted_not_restarted()
      throws Exception {
    DagDefinition dag = aDag("durable").task(shell("work", "sleep 1; echo once")).build();
    TaskRef work;
    Path log;
    // The state a crash leaves between "try 1 begun" and "handle recorded".
    try (MetadataDatabase database =
        MetadataDatabase.open(MetadataDatabase.h2FileUrl(dataDir), "sa", "", 2)) {
      JdbcRunStore store = new JdbcRunStore(database.dataSource());
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      DagRun run = new DagRun("durable", "manual__crash", now, new DataInterval(now, now),
          RunState.RUNNING, RunType.MANUAL, Map.of(), "v1", now, now, null, 0);
      work = new TaskRef("durable", run.runId(), "work");
      store.saveDag("durable", "v1", "", now);
      store.createRun(run, List.of(new TaskInstance(work, TaskState.SCHEDULED, 0, 1,
          "default_pool", null, null, null, 0)));
      TaskInstance queued = store.transition(store.taskInstance(work).orElseThrow(),
          TaskState.QUEUED, now, "ready");
      log = new LogFiles(dataDir).path(work, 1);
      store.beginTry(queued, new TaskTry(work, 1, TaskState.RUNNING, now, null, "shell", null,
          null, null, log.toString(), null, null));
    }
    Files.createDirectories(log.getParent());
    new ShellRunner(Runnable::run, Duration.ofSeconds(1)).start(new TaskContext(work, 1,
        new DataInterval(Instant.EPOCH, Instant.EPOCH), dag.task("work").orElseThrow().args(),
        Map.of(), log));

    restarted = Schedulers.embedded(dataDir).dag(dag).start();
    DagRun run = awaitFinished(restarted, restarted.run("durable", "manual__crash").orElseThrow());

    assertThat(run.state()).isEqualTo(RunState.SUCCESS);
    assertThat(restarted.tries(work)).singleElement()
        .satisfies(t -> assertThat(t.state()).isEqualTo(TaskState.SUCCESS));
    assertThat(Files.readString(log)).isEqualTo("once\n");
  }

  /** What a machine crash does to the task: its whole process tree is gone. */
  private void killTaskProcesses() throws Exception {
    // The handle is read from the database file directly, now that the child is gone.
    String handle;
    try (MetadataDatabase database =
        MetadataDatabase.open(MetadataDatabase.h2FileUrl(dataDir), "sa", "", 2)) {
      JdbcRunStore store = new JdbcRunStore(database.dataSource());
      DagRun run = store.runs("durable", 1).get(0);
      handle = store.latestTry(new TaskRef("durable", run.runId(), "work")).orElseThrow().handle();
    }
    long pid = new ObjectMapper().readTree(handle).get("pid").asLong();
    ProcessHandle wrapper = ProcessHandle.of(pid).orElseThrow();
    // The wrapper first, so that it cannot record the exit code of the command it ran.
    List<ProcessHandle> command = wrapper.descendants().toList();
    wrapper.destroyForcibly();
    command.forEach(ProcessHandle::destroyForcibly);
    await().atMost(PATIENCE).until(() -> !ProcessTree.isRunning(wrapper));
  }
}
