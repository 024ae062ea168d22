package dev.nightshift.batch.feeds;

import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.batch.support.LakeInputs;
import dev.nightshift.precompute.feeds.EngagementTally;
import dev.nightshift.precompute.feeds.FeedCandidate;
import dev.nightshift.precompute.feeds.FeedItem;
import dev.nightshift.precompute.feeds.FeedParameters;
import dev.nightshift.precompute.feeds.FeedRanker;
import dev.nightshift.precompute.feeds.FeedScorer;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.model.Engagement;
import dev.nightshift.precompute.model.EngagementKind;
import dev.nightshift.precompute.model.Follow;
import dev.nightshift.precompute.model.Post;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What every partition of the feeds job needs, grouped by key from one pass over the lake: each
 * user's followees, the candidate posts by author, each post's engagement, each user's engagement
 * per author and the posts each user has seen. Scoring and ranking are precompute's {@link
 * FeedScorer} and {@link FeedRanker}, per user. Read-only once built, so partitions share it.
 */
final class FeedInputs {
  private final FeedScorer scorer;
  private final FeedRanker ranker;
  private final Instant buildTime;
  private final Map<Long, List<Post>> candidatesByAuthor = new HashMap<>();
  private final Map<Long, EngagementTally> postEngagement = new HashMap<>();
  private final Map<Long, Map<Long, EngagementTally>> affinity = new HashMap<>();
  private final Map<Long, Set<Long>> seenByUser = new HashMap<>();
  private final TreeMap<Long, TreeSet<Long>> followeesByUser = new TreeMap<>();

  private FeedInputs(FeedParameters parameters, Instant buildTime) {
    this.scorer = new FeedScorer(parameters);
    this.ranker = new FeedRanker(parameters);
    this.buildTime = buildTime;
  }

  /** The first day whose posts and engagements a build reads: the day the lookback starts on. */
  static LocalDate firstDay(FeedParameters parameters, BuildParameters build) {
    return LocalDate.ofInstant(build.end().minus(parameters.lookback()), ZoneOffset.UTC);
  }

  static void check(Lake lake, BuildParameters build) {
    LakeInputs.requirePartition(lake, Datasets.POSTS, build.date());
    LakeInputs.requirePartition(lake, Datasets.ENGAGEMENTS, build.date());
    LakeInputs.snapshot(lake, Datasets.FOLLOWS);
  }

  static FeedInputs load(Lake lake, FeedParameters parameters, BuildParameters build) {
    FeedInputs inputs = new FeedInputs(parameters, build.end());
    LocalDate from = firstDay(parameters, build);
    Map<Long, Long> authorOfPost = new HashMap<>();
    try (Stream<Post> posts = lake.read(Datasets.POSTS, from, build.date())) {
      posts.forEach(post -> inputs.addPost(post, parameters, authorOfPost));
    }
    try (Stream<Engagement> engagements = lake.read(Datasets.ENGAGEMENTS, from, build.date())) {
      engagements.forEach(e -> inputs.addEngagement(e, authorOfPost));
    }
    try (Stream<Follow> follows = LakeInputs.readSnapshot(lake, Datasets.FOLLOWS)) {
      follows.forEach(inputs::addFollow);
    }
    return inputs;
  }

  private void addPost(Post post, FeedParameters parameters, Map<Long, Long> authorOfPost) {
    authorOfPost.put(post.postId(), post.authorId());
    Instant windowStart = buildTime.minus(parameters.lookback());
    if (!post.createdAt().isBefore(windowStart) && post.createdAt().isBefore(buildTime)) {
      candidatesByAuthor.computeIfAbsent(post.authorId(), a -> new ArrayList<>()).add(post);
    }
  }

  private void addEngagement(Engagement e, Map<Long, Long> authorOfPost) {
    if (!e.at().isBefore(buildTime)) {
      return;
    }
    if (e.kind() == EngagementKind.VIEW) {
      seenByUser.computeIfAbsent(e.userId(), u -> new HashSet<>()).add(e.postId());
      return;
    }
    EngagementTally one = EngagementTally.of(e.kind());
    postEngagement.merge(e.postId(), one, EngagementTally::plus);
    Long author = authorOfPost.get(e.postId());
    if (author != null) {
      affinity
          .computeIfAbsent(e.userId(), u -> new HashMap<>())
          .merge(author, one, EngagementTally::plus);
    }
  }

  private void addFollow(Follow f) {
    if (f.createdAt().isBefore(buildTime)) {
      followeesByUser.computeIfAbsent(f.followerId(), u -> new TreeSet<>()).add(f.followeeId());
    }
  }

  /** Every user who follows someone, ascending. */
  List<Long> users() {
    return List.copyOf(followeesByUser.keySet());
  }

  /** The user's feed in rank order; empty when nothing unseen was posted by their followees. */
  List<FeedItem> feedOf(long userId) {
    Map<Long, EngagementTally> userAffinity = affinity.getOrDefault(userId, Map.of());
    List<FeedCandidate> candidates = new ArrayList<>();
    for (long author : followeesByUser.getOrDefault(userId, new TreeSet<>())) {
      EngagementTally towardsAuthor = userAffinity.getOrDefault(author, EngagementTally.NONE);
      for (Post post : candidatesByAuthor.getOrDefault(author, List.of())) {
        EngagementTally received = postEngagement.getOrDefault(post.postId(), EngagementTally.NONE);
        double score = scorer.score(post.createdAt(), received, towardsAuthor, buildTime);
        candidates.add(new FeedCandidate(post.postId(), author, post.createdAt(), score));
      }
    }
    Set<Long> seen = seenByUser.getOrDefault(userId, Set.of());
    return ranker.rank(userId, candidates, seen::contains);
  }
}
