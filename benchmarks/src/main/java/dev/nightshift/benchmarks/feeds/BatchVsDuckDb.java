package dev.nightshift.benchmarks.feeds;

import dev.nightshift.batch.standalone.JobRunSummary;
import dev.nightshift.batch.standalone.StandaloneJobs;
import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.precompute.feeds.FeedParameters;
import dev.nightshift.precompute.generate.DataGenerator;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.LakeSink;
import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.PartFile;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingReader;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.VersionInfo;
import dev.nightshift.precompute.serving.document.DocumentCodec;
import dev.nightshift.precompute.serving.document.FeedDocument;
import dev.nightshift.precompute.serving.document.UserKey;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The feed build of one day with the Spring Batch {@code feeds} job beside the same ranking as
 * DuckDB SQL over the same Parquet files; prints each one's wall time and process CPU time, rows
 * in, users out and the input size, how many sampled users get the same top-N set from both, and
 * the JVM's heap.
 *
 * <p>Arguments: {@code [scale (1.0)] [days (1)] [lake folder (target/bench-lake-<scale>)]
 * [sampled users (1000)]}. The lake is generated first when the folder has none.
 */
public final class BatchVsDuckDb {
  public static final LocalDate END = LocalDate.of(2026, 11, 24);

  private BatchVsDuckDb() {}

  public static void main(String[] args) throws Exception {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Path lakePath = args.length > 2 ? Path.of(args[2]) : Path.of("target", "bench-lake-" + scale);
    int sample = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
    ensureLake(scale, days, lakePath);
    FeedParameters parameters = FeedParameters.DEFAULTS;
    Instant buildTime = END.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    LocalDate from = LocalDate.ofInstant(buildTime.minus(parameters.lookback()), ZoneOffset.UTC);

    InputSize input = inputSize(lakePath);
    long rowsIn = input.rows();
    long bytesIn = input.bytes();

    Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-batch-");
    try (StandaloneJobs jobs = StandaloneJobs.start(Map.of("nightshift.data-dir", dataDir.toString()))) {
      long t0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      JobRunSummary run = jobs.run("feeds", new BuildParameters(lakePath.toAbsolutePath().toString(),
          END, buildTime.minusSeconds(86_400), buildTime, "benchmark").toJobParameters());
      double batchSeconds = seconds(t0);
      double batchCpu = (processCpuNanos() - cpu0) / 1e9;
      System.out.println(run.format());

      DuckDbFeeds.Result duck;
      long t1 = System.nanoTime();
      long cpu1 = processCpuNanos();
      try (Lake lake = Lake.open(lakePath.toString())) {
        duck = DuckDbFeeds.build(lake, parameters, from, END, buildTime);
      }
      double duckSeconds = seconds(t1);
      double duckCpu = (processCpuNanos() - cpu1) / 1e9;

      ServingStore store = jobs.bean(ServingStore.class);
      VersionInfo version = store.versions(ServingDataset.FEEDS).get(0);
      long batchUsers = version.stats().orElseThrow().rows();
      ServingReader reader = store.reader();
      int agree = 0;
      int compared = 0;
      for (long user : new TreeSet<>(duck.feeds().keySet())) {
        if (compared == sample) {
          break;
        }
        Optional<byte[]> stored = reader.read(ServingDataset.FEEDS, version.version(), UserKey.of(user))
            .map(d -> d.body());
        compared++;
        if (stored.isPresent()) {
          FeedDocument feed = DocumentCodec.fromBytes(stored.get(), FeedDocument.class);
          HashSet<Long> batchPosts = new HashSet<>();
          feed.items().forEach(i -> batchPosts.add(i.postId()));
          if (batchPosts.equals(new HashSet<>(duck.feeds().get(user)))) {
            agree++;
          }
        }
      }
      System.out.printf("%nfeeds of %s (scale %s, %d day(s)): %,d rows in, %.1f MB of Parquet, 2 cores%n",
          END, scale, days, rowsIn, bytesIn / 1e6);
      System.out.printf("  %-28s %9s %9s %12s%n", "engine", "wall s", "CPU s", "users out");
      System.out.printf("  %-28s %9.2f %9.2f %,12d%n", "Spring Batch feeds job", batchSeconds, batchCpu,
          batchUsers);
      System.out.printf("  %-28s %9.2f %9.2f %,12d%n", "DuckDB SQL (same ranking)", duckSeconds, duckCpu,
          duck.feeds().size());
      System.out.printf("  top-%d sets equal for %d of %d sampled users (%.1f %%)%n",
          parameters.size(), agree, compared, compared == 0 ? 0 : 100.0 * agree / compared);
      System.out.printf("  JVM max heap %.1f GB (-Xmx, or a quarter of the RAM); DuckDB's memory is"
          + " its own, outside the heap%n", Runtime.getRuntime().maxMemory() / 1e9);
    }
  }

  /** Rows and Parquet bytes a feed build of {@link #END} reads. */
  public record InputSize(long rows, long bytes) {}

  /** Generates the lake of {@code scale} into {@code lakePath} unless it holds one already. */
  public static Path ensureLake(double scale, int days, Path lakePath) {
    if (!Files.exists(lakePath.resolve("posts"))) {
      long t0 = System.nanoTime();
      try (Lake lake = Lake.create(lakePath.toString())) {
        new DataGenerator(new GeneratorConfig(scale, days, 42, END),
            Runtime.getRuntime().availableProcessors()).run(new LakeSink(lake), rows -> {});
      }
      System.out.printf("generated scale %s, %d day(s) in %.1f s%n", scale, days, seconds(t0));
    }
    return lakePath;
  }

  public static InputSize inputSize(Path lakePath) {
    Instant buildTime = END.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    LocalDate from = FeedParameters.DEFAULTS.firstDayOf(buildTime);
    try (Lake lake = Lake.open(lakePath.toString())) {
      return new InputSize(
          rows(lake, Datasets.POSTS, from) + rows(lake, Datasets.ENGAGEMENTS, from)
              + rows(lake, Datasets.FOLLOWS, null),
          bytes(lake, Datasets.POSTS, from) + bytes(lake, Datasets.ENGAGEMENTS, from)
              + bytes(lake, Datasets.FOLLOWS, null));
    }
  }

  private static long rows(Lake lake, Dataset<?> dataset, LocalDate from) {
    try (Stream<?> rows = from == null ? snapshot(lake, dataset) : lake.read(dataset, from, END)) {
      return rows.count();
    }
  }

  private static Stream<?> snapshot(Lake lake, Dataset<?> dataset) {
    List<LocalDate> days = lake.partitions(dataset);
    return lake.read(dataset, days.get(days.size() - 1));
  }

  private static long bytes(Lake lake, Dataset<?> dataset, LocalDate from) {
    List<LocalDate> days = from == null
        ? List.of(lake.partitions(dataset).get(lake.partitions(dataset).size() - 1))
        : lake.partitions(dataset, from, END);
    return days.stream().flatMap(d -> lake.files(dataset, d).stream()).mapToLong(PartFile::bytes).sum();
  }

  /**
   * CPU time of the whole process, DuckDB's native threads included: on a shared machine it moves
   * far less with the load than the wall time does.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
