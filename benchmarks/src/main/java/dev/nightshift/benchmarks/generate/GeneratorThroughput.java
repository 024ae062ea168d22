package dev.nightshift.benchmarks.generate;

import dev.nightshift.precompute.generate.DataGenerator;
import dev.nightshift.precompute.generate.GenerationSummary;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.LakeSink;
import dev.nightshift.precompute.lake.Lake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs the generator into a temporary lake and prints rows per second per dataset and in total,
 * beside a plain single-threaded parquet-avro writer writing as many trivial rows in the same run.
 *
 * <p>Usage: {@code GeneratorThroughput [scale=1.0] [days=1] [threads=cores]}. The temporary folder
 * (under {@code java.io.tmpdir}) is deleted afterwards.
 */
public final class GeneratorThroughput {
  private static final long SEED = 42;

  private GeneratorThroughput() {}

  public static void main(String[] args) throws IOException {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int cores = Runtime.getRuntime().availableProcessors();
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : cores;
    GeneratorConfig config = GeneratorConfig.endingYesterday(scale, days, SEED);
    Path root = Files.createTempDirectory("generator-throughput");
    try {
      Path lakeDir = root.resolve("lake");
      GenerationSummary summary;
      try (Lake lake = Lake.create(lakeDir.toString())) {
        summary = new DataGenerator(config, threads).run(new LakeSink(lake), rows -> {});
      }
      long lakeBytes = bytes(lakeDir, ".parquet");
      long lakeFiles = count(lakeDir, ".parquet");
      PlainParquetBaseline.Result peer =
          PlainParquetBaseline.write(root.resolve("baseline.parquet"), summary.totalRows());
      report(config, cores, threads, summary, lakeBytes, lakeFiles, peer);
    } finally {
      delete(root);
    }
  }

  private static void report(
      GeneratorConfig config,
      int cores,
      int threads,
      GenerationSummary summary,
      long lakeBytes,
      long lakeFiles,
      PlainParquetBaseline.Result peer) {
    double seconds = summary.elapsed().toNanos() / 1e9;
    System.out.printf(
        "Generator throughput: scale %s, %d day(s), seed %d, %d cores, %d generator threads%n",
        config.scale(), config.days(), SEED, cores, threads);
    System.out.printf(
        "input: %,d users; output: %,d rows, %,.1f MB in %,d Parquet files%n%n",
        config.volumes().users(), summary.totalRows(), lakeBytes / 1e6, lakeFiles);
    System.out.printf("%-16s %14s %16s%n", "dataset", "rows", "rows/s (wall)");
    summary
        .rowsByDataset()
        .forEach(
            (dataset, rows) ->
                System.out.printf("%-16s %,14d %,16.0f%n", dataset, rows, rows / seconds));
    System.out.printf(
        "%-16s %,14d %,16.0f   wall %.1f s%n%n",
        "total", summary.totalRows(), summary.totalRows() / seconds, seconds);
    double peerSeconds = peer.elapsed().toNanos() / 1e9;
    String row = "%-40s %,14d %,14.0f %10.1f %,12.1f %10.1f%n";
    System.out.printf(
        "%-40s %14s %14s %10s %12s %10s%n",
        "side by side", "rows", "rows/s", "wall s", "MB written", "MB/s");
    System.out.printf(
        row,
        "nightshift generator, " + threads + " threads",
        summary.totalRows(),
        summary.totalRows() / seconds,
        seconds,
        lakeBytes / 1e6,
        lakeBytes / 1e6 / seconds);
    System.out.printf(
        row,
        "peer: parquet-avro, 1 thread, 2 longs",
        peer.rows(),
        peer.rows() / peerSeconds,
        peerSeconds,
        peer.bytes() / 1e6,
        peer.bytes() / 1e6 / peerSeconds);
  }

  private static long bytes(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(suffix))
          .mapToLong(GeneratorThroughput::size)
          .sum();
    }
  }

  private static long count(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(suffix)).count();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
