package dev.nightshift.platform.app;

import dev.nightshift.scheduler.runner.spark.SparkSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code nightshift.spark} for the {@code spark} runner.
 *
 * @param home a Spark home; empty: {@code $SPARK_HOME} when set, else the one the build assembles
 *     from the project's jars ({@code spark-jobs/target/spark-home})
 * @param jobsJar the jar of Nightshift's Spark jobs; empty: from {@code spark-jobs/target}, the
 *     thin jar for the project's own Spark home, the {@code -app} jar for a distribution
 * @param master the master of tasks that name none: {@code local[*]}, {@code spark://host:7077},
 *     {@code yarn}, {@code k8s://…}
 */
@ConfigurationProperties("nightshift.spark")
public record SparkProperties(
    @DefaultValue("") String home,
    @DefaultValue("") String jobsJar,
    @DefaultValue(SparkSettings.DEFAULT_MASTER) String master) {
  static final Path BUILT = Path.of("spark-jobs", "target");

  Path sparkHome() {
    if (!home.isBlank()) {
      return Path.of(home);
    }
    String env = System.getenv("SPARK_HOME");
    return env != null && !env.isBlank() ? Path.of(env) : BUILT.resolve("spark-home");
  }

  Path jobsJarPath() {
    if (!jobsJar.isBlank()) {
      return Path.of(jobsJar);
    }
    boolean ownHome = sparkHome().toAbsolutePath().normalize()
        .equals(BUILT.resolve("spark-home").toAbsolutePath().normalize());
    return built(ownHome ? "" : "-app")
        .orElse(BUILT.resolve("spark-jobs.jar (build it with ./mvnw -pl spark-jobs -am package)"));
  }

  private static Optional<Path> built(String classifier) {
    if (!Files.isDirectory(BUILT)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(BUILT)) {
      return files.filter(f -> f.getFileName().toString().matches("spark-jobs-[^-]+(-SNAPSHOT)?" + classifier + "\\.jar"))
          .findFirst();
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }
}
