package dev.nightshift.scheduler.runner.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Finding and stopping a process and everything it started. */
public final class ProcessTree {
  private ProcessTree() {}

  /** The process with this pid, if it is the one that started at {@code startedAtMillis}. */
  public static Optional<ProcessHandle> find(long pid, long startedAtMillis) {
    return ProcessHandle.of(pid)
        .filter(p -> p.info().startInstant().map(Instant::toEpochMilli)
            .map(start -> start == startedAtMillis).orElse(false))
        .filter(ProcessTree::isRunning);
  }

  public static long startMillis(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }

  /**
   * True while the process runs. A zombie (exited, not yet reaped, as happens to orphans under an
   * init that does not reap) counts as ended, unlike {@link ProcessHandle#isAlive()}.
   */
  public static boolean isRunning(ProcessHandle process) {
    if (!process.isAlive()) {
      return false;
    }
    Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
    try {
      String text = Files.readString(stat);
      char state = text.charAt(text.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (IOException | RuntimeException noProcFs) {
      return process.isAlive();
    }
  }

  /**
   * Stops {@code root} and all its descendants: TERM to the descendants first (so that the root's
   * shell cannot start more), then to the root; whatever still runs after {@code grace} gets
   * KILL. Blocks for at most about {@code grace}.
   */
  public static void kill(ProcessHandle root, Duration grace) {
    List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
    tree.forEach(ProcessHandle::destroy);
    root.destroy();
    tree.add(root);
    awaitExit(tree, grace);
    List<ProcessHandle> survivors = new ArrayList<>(tree);
    survivors.addAll(root.descendants().toList());
    survivors.stream().filter(ProcessTree::isRunning).forEach(ProcessHandle::destroyForcibly);
  }

  private static void awaitExit(List<ProcessHandle> processes, Duration grace) {
    try {
      CompletableFuture.allOf(processes.stream().map(ProcessHandle::onExit)
              .toArray(CompletableFuture[]::new))
          .get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // still running (or an unreaped zombie) after the grace: the KILL that follows settles it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
