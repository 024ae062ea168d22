package dev.nightshift.benchmarks.spark;

import dev.nightshift.benchmarks.feeds.BatchVsDuckDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The feeds build on Spark {@code local[2]} (the {@code feeds} Spark job through spark-submit, a
 * process of its own) beside the Spring Batch job and DuckDB on the same Parquet (the first scale,
 * by {@link BatchVsDuckDb}), then Spark's wall time and CPU at every scale, so that its cost can
 * be read against the rows in. Spark's CPU is the spark-submit process tree's, read from the
 * kernel's accounting of reaped children.
 *
 * <p>Arguments: {@code [scales (1,2,4)] [days (1)] [Spark home (spark-jobs/target/spark-home)]
 * [jobs jar (the spark-jobs jar beside it)]}. Each scale's lake is {@code
 * target/bench-lake-<scale>}, generated first when missing.
 */
public final class SparkFeedsBenchmark {
  private static final Pattern SEALED = Pattern.compile("sealed feeds version \\d+: (\\d+) documents");
  private static final double TICKS_PER_SECOND = 100.0;

  private SparkFeedsBenchmark() {}

  record SparkRun(double scale, long rowsIn, double megabytesIn, double wallSeconds, double cpuSeconds,
      long usersOut) {}

  public static void main(String[] args) throws Exception {
    List<Double> scales = new ArrayList<>();
    for (String s : (args.length > 0 ? args[0] : "1,2,4").split(",")) {
      scales.add(Double.parseDouble(s.trim()));
    }
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Path sparkHome = Path.of(args.length > 2 ? args[2] : "spark-jobs/target/spark-home");
    Path jobsJar = args.length > 3 ? Path.of(args[3]) : jobsJarBeside(sparkHome);

    double first = scales.get(0);
    BatchVsDuckDb.main(new String[] {Double.toString(first), Integer.toString(days),
        lakeOf(first).toString(), "1000"});
    List<SparkRun> runs = new ArrayList<>();
    for (double scale : scales) {
      Path lake = BatchVsDuckDb.ensureLake(scale, days, lakeOf(scale));
      BatchVsDuckDb.InputSize input = BatchVsDuckDb.inputSize(lake);
      runs.add(runSpark(sparkHome, jobsJar, lake, scale, input));
    }
    System.out.printf("%nSpark feeds job, local[2] (spark-submit; JVM start and the serving store"
        + " writes included)%n");
    System.out.printf("  %-8s %14s %10s %9s %9s %12s %14s%n", "scale", "rows in", "MB in", "wall s",
        "CPU s", "users out", "CPU µs/row");
    for (SparkRun r : runs) {
      System.out.printf("  %-8s %,14d %10.1f %9.2f %9.2f %,12d %14.3f%n", r.scale(), r.rowsIn(),
          r.megabytesIn(), r.wallSeconds(), r.cpuSeconds(), r.usersOut(), r.cpuSeconds() * 1e6 / r.rowsIn());
    }
  }

  private static SparkRun runSpark(
      Path sparkHome, Path jobsJar, Path lake, double scale, BatchVsDuckDb.InputSize input)
      throws IOException, InterruptedException {
    Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-spark-");
    Path log = dataDir.resolve("spark-submit.log");
    List<String> command = List.of(sparkHome.resolve("bin/spark-submit").toString(),
        "--master", "local[2]", "--driver-memory", "4g",
        "--class", "dev.nightshift.spark.feeds.FeedsJob", jobsJar.toString(),
        "--lake", lake.toAbsolutePath().toString(), "--date", BatchVsDuckDb.END.toString(),
        "--data-dir", dataDir.toString(), "--producer", "benchmark");
    long cpu0 = childrenCpuTicks();
    long t0 = System.nanoTime();
    Process spark = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    int exit = spark.waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (childrenCpuTicks() - cpu0) / TICKS_PER_SECOND;
    String output = Files.readString(log);
    Matcher sealed = SEALED.matcher(output);
    if (exit != 0 || !sealed.find()) {
      throw new IllegalStateException("the Spark feeds job failed (exit " + exit + "); see " + log);
    }
    return new SparkRun(scale, input.rows(), input.bytes() / 1e6, wall, cpu, Long.parseLong(sealed.group(1)));
  }

  /** User plus system CPU of this process's reaped children and theirs, in clock ticks. */
  private static long childrenCpuTicks() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // After the command: state is field 3; cutime and cstime are fields 16 and 17.
    return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
  }

  private static Path lakeOf(double scale) {
    return Path.of("target", "bench-lake-" + scale);
  }

  private static Path jobsJarBeside(Path sparkHome) throws IOException {
    try (var files = Files.list(sparkHome.toAbsolutePath().getParent())) {
      return files.filter(f -> f.getFileName().toString().matches("spark-jobs-[^-]+(-SNAPSHOT)?\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "no spark-jobs jar beside " + sparkHome + "; build it with ./mvnw -pl spark-jobs -am package"));
    }
  }
}
