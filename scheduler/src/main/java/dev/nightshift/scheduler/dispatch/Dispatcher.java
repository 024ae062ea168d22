package dev.nightshift.scheduler.dispatch;

import dev.nightshift.scheduler.runner.NamedThreads;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatcher threads ({@code nightshift-dispatcher-N}): each blocks on the ready queue until
 * tasks may start, and starts them. They cost nothing while nothing is ready.
 */
final class Dispatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  // Tasks that are ready together start together: their tries begin in one transaction.
  static final int BATCH = 64;

  private final ReadyQueue queue;
  private final TaskLauncher launcher;
  private final List<Thread> workers = new ArrayList<>();

  Dispatcher(ReadyQueue queue, TaskLauncher launcher) {
    this.queue = queue;
    this.launcher = launcher;
  }

  void start(int workerCount) {
    NamedThreads threads = new NamedThreads("dispatcher");
    for (int i = 0; i < workerCount; i++) {
      Thread worker = threads.newThread(this::work);
      workers.add(worker);
      worker.start();
    }
  }

  private void work() {
    try {
      for (List<QueuedTask> next = queue.take(BATCH); !next.isEmpty(); next = queue.take(BATCH)) {
        try {
          launcher.launch(next, BATCH);
        } catch (RuntimeException e) {
          log.error("{} could not be dispatched", next.stream().map(QueuedTask::ref).toList(), e);
          next.forEach(t -> queue.release(t.ref()));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    queue.close();
    for (Thread worker : workers) {
      try {
        worker.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
