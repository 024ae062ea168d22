package dev.nightshift.precompute.feeds;

import static dev.nightshift.precompute.ParameterChecks.atLeast;
import static dev.nightshift.precompute.ParameterChecks.positive;

import dev.nightshift.precompute.model.EngagementKind;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How feeds are built.
 *
 * @param lookback posts created within this much time before the build time are candidates
 * @param size the number of posts kept per user
 * @param halfLife a post's recency factor halves with every half-life of age
 * @param likeWeight weight of one like, in engagement and affinity
 * @param commentWeight weight of one comment
 * @param shareWeight weight of one share
 * @param affinityWeight how strongly the user's own engagement with an author lifts that author
 */
public record FeedParameters(
    Duration lookback,
    int size,
    Duration halfLife,
    double likeWeight,
    double commentWeight,
    double shareWeight,
    double affinityWeight)
    implements Serializable {

  public static final FeedParameters DEFAULTS =
      new FeedParameters(Duration.ofDays(2), 50, Duration.ofHours(6), 1, 2, 3, 1);

  public FeedParameters {
    positive("feeds.lookback", lookback);
    atLeast("feeds.size", size, 1);
    positive("feeds.halfLife", halfLife);
    atLeast("feeds.likeWeight", likeWeight, 0);
    atLeast("feeds.commentWeight", commentWeight, 0);
    atLeast("feeds.shareWeight", shareWeight, 0);
    atLeast("feeds.affinityWeight", affinityWeight, 0);
  }

  public FeedParameters withSize(int newSize) {
    return new FeedParameters(
        lookback, newSize, halfLife, likeWeight, commentWeight, shareWeight, affinityWeight);
  }

  public FeedParameters withLookback(Duration newLookback) {
    return new FeedParameters(
        newLookback, size, halfLife, likeWeight, commentWeight, shareWeight, affinityWeight);
  }

  /** The weight of one engagement of {@code kind}; a view weighs nothing. */
  public double weightOf(EngagementKind kind) {
    return switch (kind) {
      case VIEW -> 0;
      case LIKE -> likeWeight;
      case COMMENT -> commentWeight;
      case SHARE -> shareWeight;
    };
  }

  /** The first day whose posts and engagements a build at {@code end} reads: where the lookback starts. */
  public LocalDate firstDayOf(Instant end) {
    return LocalDate.ofInstant(end.minus(lookback), ZoneOffset.UTC);
  }
}
