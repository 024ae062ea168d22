package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.model.SwipeDirection;
import dev.nightshift.precompute.model.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Decides about one (user, candidate) pair: dropped if they do not {@link MatchRules match}, if the
 * user has (probably) swiped the candidate, or if the candidate said no to the user (they can never
 * match); otherwise scored
 *
 * <pre>
 * activityWeight × 0.5^(inactive / halfLife) + distanceWeight × (1 - distance / maxDistance)
 * </pre>
 *
 * where maxDistance is the distance both sides accept. Pure and thread-safe.
 */
public final class RecommendationScorer {
  private final RecommendationParameters parameters;
  private final double halfLifeMillis;

  public RecommendationScorer(RecommendationParameters parameters) {
    this.parameters = parameters;
    this.halfLifeMillis = parameters.activityHalfLife().toMillis();
  }

  /**
   * @param candidatesSwipe the candidate's latest swipe on the user, or null if none
   */
  public Optional<RecommendationCandidate> consider(
      User user,
      User candidate,
      SwipeFilter swipedByUser,
      SwipeDirection candidatesSwipe,
      Instant at) {
    if (candidatesSwipe == SwipeDirection.NOPE
        || swipedByUser.mightHaveSwiped(candidate.userId())) {
      return Optional.empty();
    }
    OptionalDouble distance = MatchRules.distanceIfMatching(user, candidate, at);
    if (distance.isEmpty()) {
      return Optional.empty();
    }
    double km = distance.getAsDouble();
    int maxKm = MatchRules.maxDistanceKm(user, candidate);
    long inactiveMillis = Math.max(0, Duration.between(candidate.lastActiveAt(), at).toMillis());
    double activity = Math.pow(0.5, inactiveMillis / halfLifeMillis);
    double closeness = maxKm == 0 ? 1 : 1 - km / maxKm;
    double score = parameters.activityWeight() * activity + parameters.distanceWeight() * closeness;
    boolean likedYou = candidatesSwipe != null && candidatesSwipe.isPositive();
    return Optional.of(new RecommendationCandidate(candidate.userId(), km, score, likedYou));
  }
}
