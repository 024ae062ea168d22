package dev.nightshift.platform.app;

import dev.nightshift.batch.BatchJobsConfiguration;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.scheduler.runner.batch.BatchRunner;
import dev.nightshift.scheduler.runner.publish.PublishRunner;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The batch jobs in the platform's process, and the {@code batch} and {@code publish} runners
 * that drive them through Spring Batch's {@code JobOperator} and the serving store.
 */
@Configuration(proxyBeanMethods = false)
@Import(BatchJobsConfiguration.class)
class BatchWiring {

  /**
   * The serving store's pool is the application's primary data source: the serving API reads
   * through it, the jobs stage into it, the publish runner flips it. The job repository keeps its
   * own pool ({@code batchDataSource}).
   */
  @Bean
  @Primary
  DataSource primaryDataSource(@Qualifier("servingDataSource") DataSource servingDataSource) {
    return servingDataSource;
  }

  @Bean
  SchedulerConfiguration.RunnerFactory batchRunner(
      JobOperator jobOperator, JobRepository jobRepository, JobRegistry jobRegistry) {
    return callbacks -> new BatchRunner(jobOperator, jobRepository, jobRegistry, callbacks);
  }

  @Bean
  SchedulerConfiguration.RunnerFactory publishRunner(ServingStore store) {
    return callbacks -> new PublishRunner(store, callbacks);
  }
}
