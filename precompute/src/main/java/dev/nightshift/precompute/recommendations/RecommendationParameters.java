package dev.nightshift.precompute.recommendations;

import static dev.nightshift.precompute.ParameterChecks.atLeast;
import static dev.nightshift.precompute.ParameterChecks.between;
import static dev.nightshift.precompute.ParameterChecks.positive;
import static dev.nightshift.precompute.ParameterChecks.within;

import dev.nightshift.precompute.geo.H3Cells;
import java.io.Serializable;
import java.time.Duration;

/**
 * How recommendations are found and ranked.
 *
 * @param resolution H3 resolution of the candidate index (4: cells of about 1,800 km²)
 * @param maxSearchKm the search radius never exceeds this, whatever a user's own setting
 * @param size how many candidates are kept per user
 * @param swipeFilterFpp target false-positive rate of the per-user Bloom filter of swipes: the
 *     share of never-swiped candidates that are wrongly held back
 * @param activityHalfLife a candidate's activity factor halves with every half-life since their
 *     last activity
 * @param activityWeight weight of activity in the score
 * @param distanceWeight weight of closeness in the score
 */
public record RecommendationParameters(
    int resolution,
    int maxSearchKm,
    int size,
    double swipeFilterFpp,
    Duration activityHalfLife,
    double activityWeight,
    double distanceWeight)
    implements Serializable {

  public static final RecommendationParameters DEFAULTS =
      new RecommendationParameters(4, 300, 100, 0.01, Duration.ofDays(3), 1, 1);

  public RecommendationParameters {
    within(
        "recommendations.resolution", resolution, H3Cells.MIN_RESOLUTION, H3Cells.MAX_RESOLUTION);
    atLeast("recommendations.maxSearchKm", maxSearchKm, 1);
    atLeast("recommendations.size", size, 1);
    between("recommendations.swipeFilterFpp", swipeFilterFpp, 1e-9, 0.5);
    positive("recommendations.activityHalfLife", activityHalfLife);
    atLeast("recommendations.activityWeight", activityWeight, 0);
    atLeast("recommendations.distanceWeight", distanceWeight, 0);
  }

  public RecommendationParameters withSize(int newSize) {
    return new RecommendationParameters(
        resolution,
        maxSearchKm,
        newSize,
        swipeFilterFpp,
        activityHalfLife,
        activityWeight,
        distanceWeight);
  }

  public RecommendationParameters withResolution(int newResolution) {
    return new RecommendationParameters(
        newResolution,
        maxSearchKm,
        size,
        swipeFilterFpp,
        activityHalfLife,
        activityWeight,
        distanceWeight);
  }
}
