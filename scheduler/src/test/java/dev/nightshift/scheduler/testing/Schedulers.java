package dev.nightshift.scheduler.testing;

import static org.awaitility.Awaitility.await;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.SchedulerBuilder;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TaskTry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A scheduler on an H2 file in a test folder, tuned to react fast, and ways to wait for it. */
public final class Schedulers {
  public static final Duration PATIENCE = Duration.ofSeconds(30);

  private Schedulers() {}

  public static SchedulerBuilder embedded(Path dataDir) {
    return NightshiftScheduler.builder()
        .dataDir(dataDir)
        .observeInterval(Duration.ofMillis(100))
        .killGrace(Duration.ofMillis(300))
        .dispatcherWorkers(4);
  }

  public static DagRun awaitFinished(NightshiftScheduler scheduler, DagRun run) {
    await().atMost(PATIENCE).until(() -> current(scheduler, run).state().isFinished());
    return current(scheduler, run);
  }

  public static DagRun current(NightshiftScheduler scheduler, DagRun run) {
    return scheduler.run(run.dagId(), run.runId()).orElseThrow();
  }

  public static TaskInstance awaitTask(NightshiftScheduler scheduler, TaskRef ref, TaskState state) {
    await().atMost(PATIENCE).until(() -> task(scheduler, ref).state() == state);
    return task(scheduler, ref);
  }

  public static TaskInstance task(NightshiftScheduler scheduler, TaskRef ref) {
    return scheduler.taskInstances(ref.dagId(), ref.runId()).stream()
        .filter(t -> t.taskId().equals(ref.taskId())).findFirst().orElseThrow();
  }

  public static Map<String, TaskState> states(NightshiftScheduler scheduler, DagRun run) {
    return scheduler.taskInstances(run.dagId(), run.runId()).stream()
        .collect(Collectors.toMap(TaskInstance::taskId, TaskInstance::state));
  }

  public static DagRun trigger(NightshiftScheduler scheduler, String dagId) {
    return scheduler.trigger(dagId, Map.of(), null);
  }

  public static DagRun trigger(NightshiftScheduler scheduler, String dagId, Instant logicalDate) {
    return scheduler.trigger(dagId, Map.of(), logicalDate);
  }

  /** All tries of a run's tasks. */
  public static List<TaskTry> tries(NightshiftScheduler scheduler, DagRun run) {
    return scheduler.taskInstances(run.dagId(), run.runId()).stream()
        .flatMap(t -> scheduler.tries(t.ref()).stream()).toList();
  }

  /** The largest number of tries that were running at the same moment. */
  public static int maxOverlap(List<TaskTry> tries) {
    int max = 0;
    for (TaskTry a : tries) {
      int running = 0;
      for (TaskTry b : tries) {
        if (!b.startedAt().isAfter(a.startedAt()) && b.endedAt().isAfter(a.startedAt())) {
          running++;
        }
      }
      max = Math.max(max, running);
    }
    return max;
  }
}
