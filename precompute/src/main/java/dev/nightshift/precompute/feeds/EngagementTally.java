package dev.nightshift.precompute.feeds;

import dev.nightshift.precompute.model.EngagementKind;

/**
 * Likes, comments and shares counted together: the engagement a post received, or a user's
 * engagement with an author. Partials from different partitions merge with {@link #plus}. Views are
 * not counted: they mark a post as seen, they do not engage.
 */
public record EngagementTally(long likes, long comments, long shares) {
  public static final EngagementTally NONE = new EngagementTally(0, 0, 0);
  private static final EngagementKind[] KINDS = EngagementKind.values();

  public static EngagementTally of(EngagementKind kind) {
    return of(kind, 1);
  }

  /** {@code count} engagements of one kind. */
  public static EngagementTally of(EngagementKind kind, long count) {
    return switch (kind) {
      case VIEW -> NONE;
      case LIKE -> new EngagementTally(count, 0, 0);
      case COMMENT -> new EngagementTally(0, count, 0);
      case SHARE -> new EngagementTally(0, 0, count);
    };
  }

  /** The tally of counts per kind: the count of {@code kind} is {@code counts[from + kind.ordinal()]}. */
  public static EngagementTally ofCounts(long[] counts, int from) {
    EngagementTally tally = NONE;
    for (EngagementKind kind : KINDS) {
      tally = tally.plus(of(kind, counts[from + kind.ordinal()]));
    }
    return tally;
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
