package dev.nightshift.scheduler;

import static dev.nightshift.scheduler.testing.TestDags.aDag;
import static dev.nightshift.scheduler.testing.TestDags.shell;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.event.RunListener;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.testing.Schedulers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A scheduler in its own JVM, to be killed with kill -9: triggers one run of {@link #dag} and
 * prints {@code RUNNING <handle>} once its task runs. Args: data dir, shell command.
 */
public final class RecoveryChild {
  static final String DAG_ID = "durable";

  private RecoveryChild() {}

  static DagDefinition dag(String command) {
    return aDag(DAG_ID)
        .task(shell("work", command).retries(1, Duration.ofMillis(100), false))
        .build();
  }

  public static void main(String[] args) throws InterruptedException {
    Path dataDir = Path.of(args[0]);
    NightshiftScheduler[] holder = new NightshiftScheduler[1];
    RunListener printRunning = new RunListener() {
      @Override
      public void taskChanged(TaskInstance task, TaskState from) {
        if (task.state() == TaskState.RUNNING) {
          // the listener runs after the commit: the handle is in the database
          new Thread(() -> System.out.println("RUNNING " + task.runId())).start();
        }
      }
    };
    holder[0] = Schedulers.embedded(dataDir).listener(printRunning).dag(dag(args[1])).start();
    holder[0].trigger(DAG_ID, Map.of(), null);
    new CountDownLatch(1).await();
  }
}
