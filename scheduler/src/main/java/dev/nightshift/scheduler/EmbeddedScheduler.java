package dev.nightshift.scheduler;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the scheduler on its embedded defaults until the process is stopped:
 * {@code EmbeddedScheduler <dataDir> <dagFolder>}. The H2 database and the task logs live in the
 * data directory; the DAG folder is watched. A stop (SIGTERM, Ctrl-C) closes the scheduler
 * cleanly; tasks that still run keep running and are adopted at the next start.
 */
public final class EmbeddedScheduler {
  private EmbeddedScheduler() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: EmbeddedScheduler <dataDir> <dagFolder>");
      System.exit(2);
    }
    NightshiftScheduler scheduler;
    try {
      scheduler = NightshiftScheduler.builder()
          .dataDir(Path.of(args[0]))
          .dagFolder(Path.of(args[1]))
          .start();
    } catch (RuntimeException e) {
      System.err.println("nightshift: cannot start the scheduler: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      scheduler.close();
      stopped.countDown();
    }, "nightshift-shutdown"));
    stopped.await();
  }
}
