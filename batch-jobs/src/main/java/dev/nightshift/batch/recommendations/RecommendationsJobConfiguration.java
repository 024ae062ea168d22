package dev.nightshift.batch.recommendations;

import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.batch.support.KeyListReader;
import dev.nightshift.batch.support.ModuloPartitioner;
import dev.nightshift.batch.support.RebuildJobs;
import dev.nightshift.precompute.recommendations.Recommendation;
import dev.nightshift.precompute.recommendations.RecommendationParameters;
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
 * The {@code recommendations} job: every user's nearby, mutually matching candidates not yet
 * swiped, as precompute's {@link dev.nightshift.precompute.recommendations.RecommendationBuilder}
 * ranks them, written to a staged {@code recommendations} serving version. Users are split over
 * the worker threads by id.
 */
@Configuration(proxyBeanMethods = false)
public class RecommendationsJobConfiguration {
  public static final String JOB = "recommendations";
  private static final RecommendationParameters PARAMETERS = RecommendationParameters.DEFAULTS;

  @Bean
  public Job recommendationsJob(
      RebuildJobs jobs,
      ItemStreamReader<Long> recommendationsReader,
      ItemProcessor<Long, ServingDocument> recommendationsProcessor,
      ItemWriter<ServingDocument> recommendationsWriter) {
    return jobs.job(
        JOB, ServingDataset.RECOMMENDATIONS, RecommendationInputs::check, recommendationsReader, recommendationsProcessor, recommendationsWriter);
  }

  @Bean
  @StepScope
  public ItemStreamReader<Long> recommendationsReader(
      RebuildJobs jobs, @Value("#{stepExecution}") StepExecution step) {
    List<Long> users =
        inputs(jobs, step).users().stream()
            .filter(u -> ModuloPartitioner.owns(step.getExecutionContext(), u))
            .toList();
    return new KeyListReader<>(users);
  }

  @Bean
  @StepScope
  public ItemProcessor<Long, ServingDocument> recommendationsProcessor(
      RebuildJobs jobs, @Value("#{stepExecution}") StepExecution step) {
    RecommendationInputs inputs = inputs(jobs, step);
    return userId -> {
      List<Recommendation> ranked = inputs.recommendationsOf(userId);
      return ranked.isEmpty() ? null : RecommendationDocuments.of(userId, ranked);
    };
  }

  @Bean
  @StepScope
  public ItemWriter<ServingDocument> recommendationsWriter(
      RebuildJobs jobs, @Value("#{stepExecution}") StepExecution step) {
    return jobs.writer(ServingDataset.RECOMMENDATIONS, step);
  }

  private static RecommendationInputs inputs(RebuildJobs jobs, StepExecution step) {
    BuildParameters build = BuildParameters.of(step.getJobParameters());
    return jobs.inputs(
        step,
        () -> {
          try (Lake lake = Lake.open(build.lake())) {
            return RecommendationInputs.load(lake, PARAMETERS, build);
          }
        });
  }
}
