package dev.nightshift.precompute.feeds;

import dev.nightshift.precompute.model.EngagementKind;

/**
 * Likes, comments and shares counted together: the engagement a post received, or a user's
 * engagement with an author. Partials from different partitions merge with {@link #plus}. Views are
 * not counted: they mark a post as seen, they do not engage.
 */
public record EngagementTally(long likes, long comments, long shares) {
  public static final EngagementTally NONE = new EngagementTally(0, 0, 0);

  public static EngagementTally of(EngagementKind kind) {
    return switch (kind) {
      case VIEW -> NONE;
      case LIKE -> new EngagementTally(1, 0, 0);
      case COMMENT -> new EngagementTally(0, 1, 0);
      case SHARE -> new EngagementTally(0, 0, 1);
    };
  }

  public EngagementTally plus(EngagementTally other) {
    return new EngagementTally(
        likes + other.likes, comments + other.comments, shares + other.shares);
  }

  /** {@code ln(1 + weighted sum)}: the tenth like adds less than the first. */
  public double logWeighted(FeedParameters parameters) {
    double weighted =
        likes * parameters.likeWeight()
            + comments * parameters.commentWeight()
            + shares * parameters.shareWeight();
    return Math.log1p(weighted);
  }
}
