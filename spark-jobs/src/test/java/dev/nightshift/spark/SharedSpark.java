package dev.nightshift.spark;

import dev.nightshift.precompute.generate.DataGenerator;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.LakeSink;
import dev.nightshift.precompute.lake.Lake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} session and one small generated lake (scale 0.005, two days ending {@link
 * #END}) for every test of the JVM: starting Spark costs seconds.
 */
public final class SharedSpark {
  public static final LocalDate END = LocalDate.of(2026, 11, 24);
  private static SparkSession spark;
  private static Path lake;

  private SharedSpark() {}

  public static synchronized SparkSession session() {
    if (spark == null) {
      spark = SparkSession.builder()
          .master("local[2]")
          .appName("nightshift-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
    }
    return spark;
  }

  public static synchronized Path lake() {
    if (lake == null) {
      lake = Path.of(System.getProperty("java.io.tmpdir"), "spark-generated-lake");
      delete(lake);
      try (Lake target = Lake.create(lake.toString())) {
        new DataGenerator(new GeneratorConfig(0.005, 2, 42, END), 2)
            .run(new LakeSink(target), rows -> {});
      }
    }
    return lake;
  }

  /** A fresh copy of the lake, for tests that change it. */
  public static Path copyOfLake(Path target) {
    Path source = lake();
    try (var files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (var files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
