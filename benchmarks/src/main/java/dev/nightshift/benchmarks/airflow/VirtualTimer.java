package dev.nightshift.benchmarks.airflow;

import dev.nightshift.airflow.fake.SettableClock;
import dev.nightshift.airflow.runner.PollTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/** Runs polls in virtual time: each one moves the clock to its due time, so hours pass in milliseconds. */
final class VirtualTimer implements PollTimer {
  private record Due(Instant at, long order, Runnable poll) {}

  private final SettableClock clock;
  private final PriorityQueue<Due> queue = new PriorityQueue<>((a, b) ->
      a.at().equals(b.at()) ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
  private long scheduled;

  VirtualTimer(SettableClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void schedule(Runnable poll, Duration delay) {
    queue.add(new Due(clock.instant().plus(delay), scheduled++, poll));
  }

  /** Runs due polls in time order until {@code done}, or nothing is left to run. */
  void runUntil(BooleanSupplier done) {
    while (!done.getAsBoolean()) {
      Due next;
      synchronized (this) {
        next = queue.poll();
      }
      if (next == null) {
        return;
      }
      if (next.at().isAfter(clock.instant())) {
        clock.set(next.at());
      }
      next.poll().run();
    }
  }
}
