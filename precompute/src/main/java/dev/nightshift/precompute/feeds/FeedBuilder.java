package dev.nightshift.precompute.feeds;

import dev.nightshift.precompute.model.Engagement;
import dev.nightshift.precompute.model.Follow;
import dev.nightshift.precompute.model.Post;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds every user's feed in memory: the reference that the batch and Spark jobs must match row
 * for row. Only data from before {@code buildTime} counts (follows, engagements), so that a rebuild
 * for a past date gives the feed as it was then.
 *
 * <p>Candidates are posts created in {@code [buildTime - lookback, buildTime)}. A post's engagement
 * and a user's affinity count likes, comments and shares; affinity counts them on every post in
 * {@code posts}, not only on candidates, so pass the posts of the period that affinity should
 * cover. The grouping is {@link FeedIndex}'s, which the jobs use too.
 */
public final class FeedBuilder {
  private final FeedParameters parameters;

  public FeedBuilder(FeedParameters parameters) {
    this.parameters = parameters;
  }

  /** Every follower's feed, ordered by user id then rank. Users with an empty feed get no row. */
  public List<FeedItem> build(
      Iterable<Follow> follows,
      Iterable<Post> posts,
      Iterable<Engagement> engagements,
      Instant buildTime) {
    FeedIndex index = FeedIndex.of(parameters, buildTime, follows, posts, engagements);
    List<FeedItem> feeds = new ArrayList<>();
    for (long user : index.users()) {
      feeds.addAll(index.feedOf(user));
    }
    return feeds;
  }
}
