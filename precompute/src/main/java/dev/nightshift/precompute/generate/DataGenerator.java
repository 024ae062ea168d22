package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.FileRoll;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Generates every input dataset (and the planted bursts) into a {@link RowSink}, slices in parallel
 * on {@code threads} threads. The rows depend only on the config, never on the threads.
 *
 * <p>{@link #run} blocks until done. If any slice fails, the sink is aborted and the failure
 * rethrown; nothing of the run is committed.
 */
public final class DataGenerator {
  private final GeneratorConfig config;
  private final int threads;

  public DataGenerator(GeneratorConfig config, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.config = config;
    this.threads = threads;
  }

  private static List<SliceTask> plan(World world) {
    List<SliceTask> tasks = new ArrayList<>();
    tasks.addAll(EngagementRows.tasks(world));
    tasks.addAll(FollowRows.tasks(world));
    tasks.addAll(SwipeRows.tasks(world));
    tasks.addAll(PostRows.tasks(world));
    tasks.addAll(MessageRows.tasks(world));
    tasks.addAll(FileRows.tasks(world));
    tasks.addAll(UserRows.tasks(world));
    tasks.add(
        SliceTask.of(
            PlantedBurst.DATASET,
            world.config.endDate(),
            0,
            world.bursts.size(),
            out -> world.bursts.forEach(out.writer(PlantedBurst.DATASET)::write)));
    // Biggest first, so that no long slice starts last while the other threads idle.
    tasks.sort(Comparator.comparingLong(SliceTask::plannedRows).reversed());
    return tasks;
  }

  /** The datasets written, in summary order. */
  public static List<Dataset<?>> datasets() {
    List<Dataset<?>> datasets = new ArrayList<>(Datasets.ALL);
    datasets.add(PlantedBurst.DATASET);
    return datasets;
  }

  /** About how many rows a run writes; for progress bars. */
  public long plannedRows() {
    return plan(new World(config)).stream().mapToLong(SliceTask::plannedRows).sum();
  }

  /**
   * Generates everything into the sink and commits it. {@code progress} gets row counts in batches,
   * from the generator threads. Each run starts afresh (shared chunks are counted per run).
   */
  public GenerationSummary run(RowSink sink, LongConsumer progress) {
    long started = System.nanoTime();
    World world = new World(config);
    List<SliceTask> tasks = plan(world);
    Map<String, LongAdder> rows = new LinkedHashMap<>();
    datasets().forEach(dataset -> rows.put(dataset.name(), new LongAdder()));
    Map<Dataset<?>, FileRoll> rolls = Map.of(Datasets.MESSAGES, MessageRows.roll(world.volumes));
    try {
      for (SliceTask task : tasks) {
        task.datasets().forEach(dataset -> sink.prepare(dataset, task.day()));
      }
      runPhases(
          tasks, task -> new SliceOutput(sink, task.day(), task.slice(), rolls, rows, progress));
      sink.commit();
    } catch (RuntimeException | Error e) {
      sink.abort();
      throw e;
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    rows.forEach((dataset, count) -> counts.put(dataset, count.sum()));
    return new GenerationSummary(counts, Duration.ofNanos(System.nanoTime() - started));
  }

  private void runPhases(List<SliceTask> tasks, Function<SliceTask, SliceOutput> outputs) {
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, r -> new Thread(r, "generator-" + threadNumber.incrementAndGet()));
    try {
      for (int phase = 0; phase <= 1; phase++) {
        List<Future<?>> running = new ArrayList<>();
        for (SliceTask task : tasks) {
          if (task.phase() == phase) {
            running.add(
                pool.submit(
                    () -> {
                      try (SliceOutput out = outputs.apply(task)) {
                        task.body().accept(out);
                      }
                    }));
          }
        }
        awaitAll(running);
      }
    } finally {
      pool.shutdownNow();
      awaitStopped(pool);
    }
  }

  /** A failed run aborts the sink next: no slice may still be writing by then. */
  private static void awaitStopped(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitAll(List<Future<?>> running) {
    try {
      for (Future<?> future : running) {
        future.get();
      }
    } catch (ExecutionException e) {
      running.forEach(f -> f.cancel(true));
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.forEach(f -> f.cancel(true));
      throw new IllegalStateException("generation interrupted", e);
    }
  }
}
