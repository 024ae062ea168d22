package dev.nightshift.scheduler.runner.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the {@code spark} runner submits.
 *
 * @param sparkHome a Spark home: a distribution, or the one the build assembles from the project's
 *     jars ({@code spark-jobs/target/spark-home}); it must hold {@code bin/spark-submit}
 * @param jobsJar the jar of Nightshift's Spark jobs, for tasks that name a {@code job}
 * @param master the master when a task names none: {@code local[*]}, {@code spark://…}, {@code
 *     yarn}, {@code k8s://…}
 * @param serving the serving store the jobs write to, passed to them as arguments
 * @param workDir where the runner keeps its launch wrapper
 * @param killGrace how long a cancelled application may take to stop after TERM before KILL
 */
public record SparkSettings(
    Path sparkHome, Path jobsJar, String master, ServingStoreUrl serving, Path workDir,
    Duration killGrace) {
  public static final String DEFAULT_MASTER = "local[*]";

  /** A JDBC URL with its credentials. */
  public record ServingStoreUrl(String url, String username, String password) {}

  public SparkSettings {
    if (master == null || master.isBlank()) {
      throw new IllegalArgumentException("the Spark master must not be blank (e.g. " + DEFAULT_MASTER + ")");
    }
  }

  /** Fails, naming the path and the fix, unless the Spark home has {@code bin/spark-submit}. */
  Path sparkSubmit() {
    Path script = sparkHome.resolve("bin").resolve("spark-submit");
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException("no Spark home at " + sparkHome.toAbsolutePath()
          + " (bin/spark-submit is missing): set SPARK_HOME or nightshift.spark.home to a Spark"
          + " distribution, or build the project's own with ./mvnw -pl spark-jobs -am package");
    }
    return script;
  }
}
