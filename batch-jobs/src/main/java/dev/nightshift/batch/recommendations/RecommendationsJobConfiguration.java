package dev.nightshift.batch.recommendations;

import dev.nightshift.precompute.recommendations.RecommendationDocuments;
import dev.nightshift.batch.support.RebuildJobs;
import dev.nightshift.batch.support.RebuildSpec;
import dev.nightshift.precompute.recommendations.PeopleYouMayKnowParameters;
import dev.nightshift.precompute.recommendations.PersonYouMayKnow;
import dev.nightshift.precompute.recommendations.Recommendation;
import dev.nightshift.precompute.recommendations.RecommendationParameters;
import dev.nightshift.precompute.serving.ServingDataset;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code recommendations} job: for every user, the nearby, mutually matching candidates not yet
 * swiped, as precompute's {@link dev.nightshift.precompute.recommendations.RecommendationBuilder}
 * ranks them, and the people they may know, as {@link
 * dev.nightshift.precompute.recommendations.PeopleYouMayKnow} ranks them, in one document per user
 * of a staged {@code recommendations} serving version. Users are split over the worker threads by
 * id.
 */
@Configuration(proxyBeanMethods = false)
public class RecommendationsJobConfiguration {
  public static final String JOB = "recommendations";
  private static final RecommendationParameters RECOMMENDATIONS = RecommendationParameters.DEFAULTS;
  private static final PeopleYouMayKnowParameters PEOPLE_YOU_MAY_KNOW =
      PeopleYouMayKnowParameters.DEFAULTS;

  @Bean
  public Job recommendationsJob(RebuildJobs jobs) {
    return jobs.job(new RebuildSpec<>(JOB, ServingDataset.RECOMMENDATIONS,
        RecommendationInputs::check,
        (lake, build) ->
            RecommendationInputs.load(lake, RECOMMENDATIONS, PEOPLE_YOU_MAY_KNOW, build),
        RecommendationInputs::users,
        (inputs, userId) -> {
          List<Recommendation> nearby = inputs.recommendationsOf(userId);
          List<PersonYouMayKnow> known = inputs.peopleYouMayKnowOf(userId);
          // A user with neither list gets no row, as a user with an empty feed.
          return nearby.isEmpty() && known.isEmpty()
              ? null : RecommendationDocuments.of(userId, nearby, known);
        }));
  }
}
