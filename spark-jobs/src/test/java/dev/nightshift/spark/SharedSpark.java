package dev.nightshift.spark;

import dev.nightshift.precompute.generate.SampleLake;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} session and one small generated lake (scale 0.005, two days ending {@link
 * #END}) for every test of the JVM: starting Spark costs seconds.
 */
public final class SharedSpark {
  public static final LocalDate END = SampleLake.END;
  private static SparkSession spark;

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

  public static Path lake() {
    return SampleLake.in(Path.of(System.getProperty("java.io.tmpdir"), "spark-generated-lake"), 0.005);
  }

  /** A fresh copy of the lake, for tests that change it. */
  public static Path copyOfLake(Path target) {
    return SampleLake.copy(lake(), target);
  }
}
