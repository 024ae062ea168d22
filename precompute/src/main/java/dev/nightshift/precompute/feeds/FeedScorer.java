package dev.nightshift.precompute.feeds;

import java.time.Duration;
import java.time.Instant;

/**
 * Scores one candidate post for one user:
 *
 * <pre>score = 0.5^(age / halfLife) × (1 + engagement) × (1 + affinityWeight × affinity)</pre>
 *
 * where engagement and affinity are {@link EngagementTally#logWeighted log-scaled weighted counts}.
 * Multiplying (as EdgeRank does) keeps an old post low however popular it was. Pure and
 * thread-safe: the same inputs give the same bits on every engine.
 */
public final class FeedScorer {
  private final FeedParameters parameters;
  private final double halfLifeMillis;

  public FeedScorer(FeedParameters parameters) {
    this.parameters = parameters;
    this.halfLifeMillis = parameters.halfLife().toMillis();
  }

  /**
   * @param postCreatedAt when the post was written; a post from after {@code buildTime} counts as
   *     brand new
   * @param postEngagement what the post received from everyone
   * @param affinity the user's own engagement with the post's author
   */
  public double score(
      Instant postCreatedAt,
      EngagementTally postEngagement,
      EngagementTally affinity,
      Instant buildTime) {
    long ageMillis = Math.max(0, Duration.between(postCreatedAt, buildTime).toMillis());
    double recency = Math.pow(0.5, ageMillis / halfLifeMillis);
    double engagement = postEngagement.logWeighted(parameters);
    double affinityBoost = parameters.affinityWeight() * affinity.logWeighted(parameters);
    return recency * (1 + engagement) * (1 + affinityBoost);
  }
}
