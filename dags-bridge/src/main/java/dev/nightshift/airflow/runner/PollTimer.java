package dev.nightshift.airflow.runner;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a poll later: a scheduled executor in the scheduler, a virtual clock in the benchmark. */
public interface PollTimer {

  void schedule(Runnable poll, Duration delay);

  /** Waits on {@code timer}, then looks on {@code workers}: a slow Airflow holds no timer thread. */
  static PollTimer of(ScheduledExecutorService timer, Executor workers) {
    return (poll, delay) -> timer.schedule(() -> workers.execute(poll), delay.toMillis(), TimeUnit.MILLISECONDS);
  }
}
