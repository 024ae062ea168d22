package dev.nightshift.monitoring.cpu;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples the CPU split every {@code interval} on one daemon thread named {@value
 * CpuComponent#MONITOR_THREAD} (whose own time is the {@code monitoring} component) and keeps the
 * samples of the last {@code keep} for the live chart. {@code alsoEachTick} runs on the same
 * thread after each sample (other cheap in-memory upkeep of the metrics). Thread-safe.
 */
public final class CpuHistory implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(CpuHistory.class);

  private final CpuAccounting accounting;
  private final Runnable alsoEachTick;
  private final int capacity;
  private final ArrayDeque<CpuSample> samples = new ArrayDeque<>();
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread t = new Thread(task, CpuComponent.MONITOR_THREAD);
    t.setDaemon(true);
    return t;
  });
  private boolean warned;

  public CpuHistory(CpuAccounting accounting, Duration interval, Duration keep,
      Runnable alsoEachTick) {
    if (interval.toMillis() < 1000) {
      throw new IllegalArgumentException("CPU sampling interval must be at least 1s, got " + interval);
    }
    this.accounting = accounting;
    this.alsoEachTick = alsoEachTick;
    this.capacity = (int) Math.max(2, keep.toMillis() / interval.toMillis() + 1);
    thread.scheduleAtFixedRate(this::record, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The kept samples, oldest first. */
  public synchronized List<CpuSample> samples() {
    return List.copyOf(samples);
  }

  private void record() {
    try {
      CpuSample sample = accounting.sample();
      synchronized (this) {
        // A scrape just before may hand out its sample again: keep each sample once.
        if (samples.isEmpty() || !samples.getLast().at().equals(sample.at())) {
          if (samples.size() == capacity) {
            samples.removeFirst();
          }
          samples.addLast(sample);
        }
      }
      alsoEachTick.run();
    } catch (RuntimeException e) {
      // A sampler failure must never stop the thread or reach the scheduler: warn once.
      if (!warned) {
        warned = true;
        log.warn("CPU sampling failed; the CPU chart may stop updating: {}", e.toString());
      } else {
        log.debug("CPU sampling failed again", e);
      }
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
