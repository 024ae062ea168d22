package dev.nightshift.scheduler;

import static dev.nightshift.scheduler.testing.Schedulers.awaitFinished;
import static dev.nightshift.scheduler.testing.Schedulers.trigger;
import static dev.nightshift.scheduler.testing.TestDags.aDag;
import static dev.nightshift.scheduler.testing.TestDags.shell;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scheduler.testing.Schedulers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-component CPU accounting needs every scheduler thread named for its component. */
class ThreadNamesTest {
  @TempDir Path dataDir;
  @TempDir Path dagFolder;

  @Test
  void the_schedulers_threads_are_named_by_component() {
    try (NightshiftScheduler scheduler = Schedulers.embedded(dataDir).dagFolder(dagFolder)
        .dag(aDag("named").schedule("@daily").startDate(Instant.now())
            .task(shell("t", "true").timeout(Duration.ofMinutes(1))).build()).start()) {
      awaitFinished(scheduler, trigger(scheduler, "named"));

      List<String> names = Thread.getAllStackTraces().keySet().stream().map(Thread::getName).toList();

      assertThat(names).anyMatch(n -> n.startsWith("nightshift-dispatcher-"))
          .anyMatch(n -> n.startsWith("nightshift-runner-"))
          .anyMatch(n -> n.startsWith("nightshift-timer-"))
          .anyMatch(n -> n.startsWith("nightshift-scheduler-") && n.contains("QuartzSchedulerThread"))
          .anyMatch(n -> n.startsWith("nightshift-scheduler-") && n.contains("worker"))
          .anyMatch(n -> n.startsWith("nightshift-watcher"));
    }
  }
}
