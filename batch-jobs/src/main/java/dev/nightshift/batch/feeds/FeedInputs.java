package dev.nightshift.batch.feeds;

import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.precompute.lake.LakeInputs;
import dev.nightshift.precompute.feeds.FeedColumns;
import dev.nightshift.precompute.feeds.FeedIndex;
import dev.nightshift.precompute.feeds.FeedIndexBuilder;
import dev.nightshift.precompute.feeds.FeedParameters;
import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.PartFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Reads what the feeds job needs into precompute's {@link FeedIndex}: the posts and engagements of
 * the days the lookback covers, and the newest follows snapshot. Each part file is a task of its
 * own, spread over one reading thread per core, since decoding Parquet is most of a load; the
 * same threads then help to index the rows.
 */
final class FeedInputs {
  private FeedInputs() {}

  static void check(Lake lake, BuildParameters build) {
    LakeInputs.requirePartition(lake, Datasets.POSTS, build.date());
    LakeInputs.requirePartition(lake, Datasets.ENGAGEMENTS, build.date());
    LakeInputs.snapshot(lake, Datasets.FOLLOWS);
  }

  static FeedIndex load(Lake lake, FeedParameters parameters, BuildParameters build) {
    LocalDate from = parameters.firstDayOf(build.end());
    List<Callable<FeedIndexBuilder>> reads = new ArrayList<>();
    for (LocalDate day : lake.partitions(Datasets.POSTS, from, build.date())) {
      addReads(reads, lake, FeedColumns.POSTS, day, parameters, build, FeedIndexBuilder::add);
    }
    for (LocalDate day : lake.partitions(Datasets.ENGAGEMENTS, from, build.date())) {
      addReads(reads, lake, Datasets.ENGAGEMENTS, day, parameters, build, FeedIndexBuilder::add);
    }
    LocalDate follows = LakeInputs.snapshot(lake, Datasets.FOLLOWS);
    addReads(reads, lake, Datasets.FOLLOWS, follows, parameters, build, FeedIndexBuilder::add);

    ExecutorService pool = Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(),
        new CustomizableThreadFactory("nightshift-batch-read-"));
    try {
      FeedIndexBuilder all = FeedIndex.builder(parameters, build.end());
      for (FeedIndexBuilder part : runAll(pool, reads)) {
        all.addAll(part);
      }
      return all.build(pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> void addReads(
      List<Callable<FeedIndexBuilder>> reads,
      Lake lake,
      Dataset<T> dataset,
      LocalDate day,
      FeedParameters parameters,
      BuildParameters build,
      BiConsumer<FeedIndexBuilder, T> add) {
    for (PartFile file : lake.files(dataset, day)) {
      reads.add(() -> {
        FeedIndexBuilder part = FeedIndex.builder(parameters, build.end());
        try (Stream<T> rows = lake.readFiles(dataset, List.of(file))) {
          rows.forEach(row -> add.accept(part, row));
        }
        return part;
      });
    }
  }

  /** The results in task order, so that a post id given twice keeps its last row. */
  private static List<FeedIndexBuilder> runAll(
      ExecutorService pool, List<Callable<FeedIndexBuilder>> reads) {
    try {
      List<FeedIndexBuilder> parts = new ArrayList<>();
      for (Future<FeedIndexBuilder> read : pool.invokeAll(reads)) {
        parts.add(read.get());
      }
      return parts;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the feeds' inputs", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure
          ? failure
          : new IllegalStateException(e.getCause());
    }
  }
}
