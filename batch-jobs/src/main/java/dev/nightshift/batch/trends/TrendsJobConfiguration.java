package dev.nightshift.batch.trends;

import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.batch.support.KeyListReader;
import dev.nightshift.batch.support.ModuloPartitioner;
import dev.nightshift.batch.support.RebuildJobs;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.document.ServingDocument;
import dev.nightshift.precompute.trends.TrendParameters;
import dev.nightshift.precompute.trends.TrendingTag;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code trends} job: for the last window of the data interval, each author region's trending
 * hashtags and the global list, as precompute's {@link dev.nightshift.precompute.trends.TrendBuilder}
 * ranks them, written to a staged {@code trends} serving version under {@code 1h@<region>}.
 */
@Configuration(proxyBeanMethods = false)
public class TrendsJobConfiguration {
  public static final String JOB = "trends";
  private static final TrendParameters PARAMETERS = TrendParameters.DEFAULTS;

  @Bean
  public Job trendsJob(
      RebuildJobs jobs,
      ItemStreamReader<Long> trendsReader,
      ItemProcessor<Long, ServingDocument> trendsProcessor,
      ItemWriter<ServingDocument> trendsWriter) {
    return jobs.job(
        JOB, ServingDataset.TRENDS, TrendInputs::check, trendsReader, trendsProcessor, trendsWriter);
  }

  @Bean
  @StepScope
  public ItemStreamReader<Long> trendsReader(
      RebuildJobs jobs, @Value("#{stepExecution}") StepExecution step) {
    return new KeyListReader<>(
        inputs(jobs, step).regions().stream()
            .filter(region -> ModuloPartitioner.owns(step.getExecutionContext(), region))
            .toList());
  }

  @Bean
  @StepScope
  public ItemProcessor<Long, ServingDocument> trendsProcessor(
      RebuildJobs jobs, @Value("#{stepExecution}") StepExecution step) {
    TrendInputs inputs = inputs(jobs, step);
    return region -> {
      List<TrendingTag> tags = inputs.trendsOf(region);
      return tags.isEmpty() ? null : TrendDocuments.of(PARAMETERS.window(), region, tags);
    };
  }

  @Bean
  @StepScope
  public ItemWriter<ServingDocument> trendsWriter(
      RebuildJobs jobs, @Value("#{stepExecution}") StepExecution step) {
    return jobs.writer(ServingDataset.TRENDS, step);
  }

  private static TrendInputs inputs(RebuildJobs jobs, StepExecution step) {
    BuildParameters build = BuildParameters.of(step.getJobParameters());
    return jobs.inputs(
        step,
        () -> {
          try (Lake lake = Lake.open(build.lake())) {
            return TrendInputs.load(lake, PARAMETERS, build);
          }
        });
  }
}
