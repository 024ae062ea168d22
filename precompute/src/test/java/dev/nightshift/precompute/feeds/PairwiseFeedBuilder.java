package dev.nightshift.precompute.feeds;

import dev.nightshift.precompute.model.Engagement;
import dev.nightshift.precompute.model.EngagementKind;
import dev.nightshift.precompute.model.Follow;
import dev.nightshift.precompute.model.Post;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The feed computation as first written: one score per (user, candidate post) pair, with map
 * lookups. The oracle that {@link FeedIndex} must match to the last bit.
 */
final class PairwiseFeedBuilder {
  private final FeedParameters parameters;
  private final FeedScorer scorer;
  private final FeedRanker ranker;

  PairwiseFeedBuilder(FeedParameters parameters) {
    this.parameters = parameters;
    this.scorer = new FeedScorer(parameters);
    this.ranker = new FeedRanker(parameters);
  }

  /** Every follower's feed, ordered by user id then rank. Users with an empty feed get no row. */
  public List<FeedItem> build(
      Iterable<Follow> follows,
      Iterable<Post> posts,
      Iterable<Engagement> engagements,
      Instant buildTime) {
    Instant windowStart = buildTime.minus(parameters.lookback());
    Map<Long, Long> authorOfPost = new HashMap<>();
    Map<Long, List<Post>> candidatesByAuthor = new HashMap<>();
    for (Post post : posts) {
      authorOfPost.put(post.postId(), post.authorId());
      if (!post.createdAt().isBefore(windowStart) && post.createdAt().isBefore(buildTime)) {
        candidatesByAuthor.computeIfAbsent(post.authorId(), a -> new ArrayList<>()).add(post);
      }
    }

    Map<Long, EngagementTally> postEngagement = new HashMap<>();
    Map<UserAuthor, EngagementTally> affinity = new HashMap<>();
    Map<Long, Set<Long>> seenByUser = new HashMap<>();
    for (Engagement e : engagements) {
      if (!e.at().isBefore(buildTime)) {
        continue;
      }
      if (e.kind() == EngagementKind.VIEW) {
        seenByUser.computeIfAbsent(e.userId(), u -> new HashSet<>()).add(e.postId());
        continue;
      }
      EngagementTally one = EngagementTally.of(e.kind());
      postEngagement.merge(e.postId(), one, EngagementTally::plus);
      Long author = authorOfPost.get(e.postId());
      if (author != null) {
        affinity.merge(new UserAuthor(e.userId(), author), one, EngagementTally::plus);
      }
    }

    Map<Long, Set<Long>> followeesByUser = new TreeMap<>();
    for (Follow f : follows) {
      if (f.createdAt().isBefore(buildTime)) {
        followeesByUser.computeIfAbsent(f.followerId(), u -> new TreeSet<>()).add(f.followeeId());
      }
    }

    List<FeedItem> feeds = new ArrayList<>();
    followeesByUser.forEach(
        (userId, followees) -> {
          List<FeedCandidate> candidates = new ArrayList<>();
          for (long author : followees) {
            EngagementTally userAffinity =
                affinity.getOrDefault(new UserAuthor(userId, author), EngagementTally.NONE);
            for (Post post : candidatesByAuthor.getOrDefault(author, List.of())) {
              EngagementTally received =
                  postEngagement.getOrDefault(post.postId(), EngagementTally.NONE);
              double score = scorer.score(post.createdAt(), received, userAffinity, buildTime);
              candidates.add(new FeedCandidate(post.postId(), author, post.createdAt(), score));
            }
          }
          Set<Long> seen = seenByUser.getOrDefault(userId, Set.of());
          feeds.addAll(ranker.rank(userId, candidates, seen::contains));
        });
    return feeds;
  }

  private record UserAuthor(long userId, long authorId) {}
}
