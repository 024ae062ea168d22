package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.model.Swipe;
import dev.nightshift.precompute.model.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds every user's recommendations in memory: the reference for the batch and Spark jobs. Only
 * swipes from before {@code buildTime} count; ages are taken in {@code buildTime}'s year.
 */
public final class RecommendationBuilder {
  private final RecommendationParameters parameters;

  public RecommendationBuilder(RecommendationParameters parameters) {
    this.parameters = parameters;
  }

  /** Every user's recommendations, ordered by user id then rank; no row for a user with none. */
  public List<Recommendation> build(
      Iterable<User> users, Iterable<Swipe> swipes, Instant buildTime) {
    RecommendationIndex index = RecommendationIndex.of(users, swipes, buildTime, parameters);
    List<Recommendation> recommendations = new ArrayList<>();
    for (long userId : index.userIds()) {
      recommendations.addAll(index.recommendationsOf(userId));
    }
    return recommendations;
  }
}
