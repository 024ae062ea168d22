package dev.nightshift.batch;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import dev.nightshift.batch.compaction.CompactionJobConfiguration;
import dev.nightshift.batch.feeds.FeedsJobConfiguration;
import dev.nightshift.batch.recommendations.RecommendationsJobConfiguration;
import dev.nightshift.batch.support.JobInputsCache;
import dev.nightshift.batch.support.RebuildJobs;
import dev.nightshift.batch.trends.TrendsJobConfiguration;
import dev.nightshift.precompute.serving.ServingSchema;
import dev.nightshift.precompute.serving.ServingStore;
import java.time.Clock;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The four jobs ({@code feeds}, {@code trends}, {@code recommendations}, {@code compaction}) and
 * what they run on: a JDBC job repository in its own database (H2 file by default), the serving
 * store, a {@code JobOperator} that launches on a {@code nightshift-batch-launch-*} thread (or the
 * caller's, see {@link BatchSettings#synchronousLaunch()}) and partition workers named {@code
 * nightshift-batch-worker-*}. Import it into any Spring context; it needs nothing else.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing(
    taskExecutorRef = "batchLaunchExecutor",
    jobRegistryRef = "jobRegistry",
    transactionManagerRef = "batchTransactionManager")
@EnableJdbcJobRepository(
    dataSourceRef = "batchDataSource",
    transactionManagerRef = "batchTransactionManager")
@Import({
  FeedsJobConfiguration.class,
  TrendsJobConfiguration.class,
  RecommendationsJobConfiguration.class,
  CompactionJobConfiguration.class
})
public class BatchJobsConfiguration {

  @Bean
  public BatchSettings batchSettings(Environment environment) {
    return BatchSettings.from(environment);
  }

  @Bean(destroyMethod = "close")
  public HikariDataSource batchDataSource(BatchSettings settings) {
    HikariDataSource dataSource = BatchDatabase.pool(settings.batchDatabase(), "batch-metadata");
    BatchDatabase.migrate(dataSource);
    return dataSource;
  }

  @Bean
  public PlatformTransactionManager batchTransactionManager(HikariDataSource batchDataSource) {
    return new JdbcTransactionManager(batchDataSource);
  }

  @Bean
  public TaskExecutor batchLaunchExecutor(BatchSettings settings) {
    if (settings.synchronousLaunch()) {
      return new SyncTaskExecutor();
    }
    return namedExecutor("nightshift-batch-launch-");
  }

  @Bean
  public TaskExecutor batchWorkerExecutor() {
    return namedExecutor("nightshift-batch-worker-");
  }

  @Bean(destroyMethod = "close")
  public HikariDataSource servingDataSource(BatchSettings settings) {
    HikariDataSource dataSource = BatchDatabase.pool(settings.servingDatabase(), "batch-serving");
    ServingSchema.migrate(dataSource);
    return dataSource;
  }

  @Bean
  public ServingStore batchServingStore(HikariDataSource servingDataSource) {
    return new ServingStore(servingDataSource, Clock.systemUTC());
  }

  /** Every job of the context by name; it finds the {@code Job} beans itself once they exist. */
  @Bean
  public MapJobRegistry jobRegistry() {
    return new MapJobRegistry();
  }

  @Bean
  public JobInputsCache jobInputsCache() {
    return new JobInputsCache();
  }

  @Bean
  public RebuildJobs rebuildJobs(
      JobRepository jobRepository,
      PlatformTransactionManager batchTransactionManager,
      TaskExecutor batchWorkerExecutor,
      BatchSettings settings,
      ServingStore batchServingStore,
      JobInputsCache jobInputsCache,
      ObjectProvider<ObservationRegistry> observationRegistry) {
    return new RebuildJobs(
        jobRepository,
        batchTransactionManager,
        batchWorkerExecutor,
        settings.threads(),
        settings.chunkSize(),
        batchServingStore,
        jobInputsCache,
        // Step metrics (spring_batch_step_*) where the context has a registry, as the platform does.
        observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP));
  }

  private static TaskExecutor namedExecutor(String prefix) {
    SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(prefix);
    executor.setDaemon(true);
    return executor;
  }
}
