package dev.nightshift.batch.feeds;

import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.batch.support.KeyListReader;
import dev.nightshift.batch.support.ModuloPartitioner;
import dev.nightshift.batch.support.RebuildJobs;
import dev.nightshift.precompute.feeds.FeedItem;
import dev.nightshift.precompute.feeds.FeedParameters;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.document.ServingDocument;
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
 * The {@code feeds} job: every follower's home feed for the build time, as precompute's {@link
 * dev.nightshift.precompute.feeds.FeedBuilder} computes it, written to a staged {@code feeds}
 * serving version. Users are split over the worker threads by id.
 */
@Configuration(proxyBeanMethods = false)
public class FeedsJobConfiguration {
  public static final String JOB = "feeds";
  private static final FeedParameters PARAMETERS = FeedParameters.DEFAULTS;

  @Bean
  public Job feedsJob(
      RebuildJobs jobs,
      ItemStreamReader<Long> feedsReader,
      ItemProcessor<Long, ServingDocument> feedsProcessor,
      ItemWriter<ServingDocument> feedsWriter) {
    return jobs.job(
        JOB, ServingDataset.FEEDS, FeedInputs::check, feedsReader, feedsProcessor, feedsWriter);
  }

  @Bean
  @StepScope
  public ItemStreamReader<Long> feedsReader(
      RebuildJobs jobs, @Value("#{stepExecution}") StepExecution step) {
    List<Long> users =
        inputs(jobs, step).users().stream()
            .filter(u -> ModuloPartitioner.owns(step.getExecutionContext(), u))
            .toList();
    return new KeyListReader<>(users);
  }

  @Bean
  @StepScope
  public ItemProcessor<Long, ServingDocument> feedsProcessor(
      RebuildJobs jobs, @Value("#{stepExecution}") StepExecution step) {
    FeedInputs inputs = inputs(jobs, step);
    return userId -> {
      List<FeedItem> feed = inputs.feedOf(userId);
      return feed.isEmpty() ? null : FeedDocuments.of(userId, feed);
    };
  }

  @Bean
  @StepScope
  public ItemWriter<ServingDocument> feedsWriter(
      RebuildJobs jobs, @Value("#{stepExecution}") StepExecution step) {
    return jobs.writer(ServingDataset.FEEDS, step);
  }

  private static FeedInputs inputs(RebuildJobs jobs, StepExecution step) {
    BuildParameters build = BuildParameters.of(step.getJobParameters());
    return jobs.inputs(
        step,
        () -> {
          try (Lake lake = Lake.open(build.lake())) {
            return FeedInputs.load(lake, PARAMETERS, build);
          }
        });
  }
}
