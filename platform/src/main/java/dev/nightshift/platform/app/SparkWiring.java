package dev.nightshift.platform.app;

import dev.nightshift.batch.BatchSettings;
import dev.nightshift.scheduler.runner.spark.SparkRunner;
import dev.nightshift.scheduler.runner.spark.SparkSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code spark} runner: submits the Spark jobs (or any Spark application) through Spark's
 * launcher; the jobs write to the same serving store as the batch jobs. Spark itself stays out of
 * the platform's classpath: it runs in the processes spark-submit starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SparkProperties.class)
class SparkWiring {
  /** How long a cancelled application may take to stop (the driver stops its executors) before KILL. */
  static final Duration KILL_GRACE = Duration.ofSeconds(10);

  @Bean
  SchedulerConfiguration.RunnerFactory sparkRunner(
      SparkProperties spark, NightshiftProperties nightshift, BatchSettings batch) {
    BatchSettings.DatabaseSettings serving = batch.servingDatabase();
    SparkSettings settings = new SparkSettings(spark.sparkHome(), spark.jobsJarPath(), spark.master(),
        new SparkSettings.ServingStoreUrl(serving.url(), serving.username(), serving.password()),
        nightshift.dataDir().resolve("spark"), KILL_GRACE);
    return callbacks -> new SparkRunner(settings, callbacks);
  }
}
