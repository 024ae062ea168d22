package dev.nightshift.batch.recommendations;

import dev.nightshift.batch.support.RebuildJobs;
import dev.nightshift.batch.support.RebuildSpec;
import dev.nightshift.precompute.recommendations.Recommendation;
import dev.nightshift.precompute.recommendations.RecommendationParameters;
import dev.nightshift.precompute.serving.ServingDataset;
import java.util.List;
import org.springframework.batch.core.job.Job;
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
  public Job recommendationsJob(RebuildJobs jobs) {
    return jobs.job(new RebuildSpec<>(JOB, ServingDataset.RECOMMENDATIONS,
        RecommendationInputs::check,
        (lake, build) -> RecommendationInputs.load(lake, PARAMETERS, build),
        RecommendationInputs::users,
        (inputs, userId) -> {
          List<Recommendation> ranked = inputs.recommendationsOf(userId);
          return ranked.isEmpty() ? null : RecommendationDocuments.of(userId, ranked);
        }));
  }
}
