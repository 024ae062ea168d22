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
    return score(postFactor(ageMillis, postEngagement), affinityFactor(affinity));
  }

  /**
   * The part of the score that depends on the post alone, {@code recency × (1 + engagement)}: the
   * same for every reader, so a build computes it once per post.
   *
   * @param ageMillis the post's age at the build time, at least 0
   */
  public double postFactor(long ageMillis, EngagementTally postEngagement) {
    double recency = Math.pow(0.5, ageMillis / halfLifeMillis);
    double engagement = postEngagement.logWeighted(parameters);
    return recency * (1 + engagement);
  }

  /** The part that depends on the reader and the author alone: {@code 1 + affinityBoost}. */
  public double affinityFactor(EngagementTally affinity) {
    return 1 + parameters.affinityWeight() * affinity.logWeighted(parameters);
  }

  /**
   * The score from its two factors. Multiplying them in this order gives the very bits of {@code
   * recency * (1 + engagement) * (1 + affinityBoost)}, which Java evaluates left to right.
   */
  public static double score(double postFactor, double affinityFactor) {
    return postFactor * affinityFactor;
  }
}
