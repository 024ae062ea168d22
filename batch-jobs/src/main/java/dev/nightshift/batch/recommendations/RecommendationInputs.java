package dev.nightshift.batch.recommendations;

import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.batch.support.LakeInputs;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.model.Swipe;
import dev.nightshift.precompute.model.SwipeDirection;
import dev.nightshift.precompute.model.User;
import dev.nightshift.precompute.recommendations.NearbyIndex;
import dev.nightshift.precompute.recommendations.Recommendation;
import dev.nightshift.precompute.recommendations.RecommendationCandidate;
import dev.nightshift.precompute.recommendations.RecommendationParameters;
import dev.nightshift.precompute.recommendations.RecommendationRanker;
import dev.nightshift.precompute.recommendations.RecommendationScorer;
import dev.nightshift.precompute.recommendations.SwipeFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What every partition of the recommendations job needs: the users by id, precompute's {@link
 * NearbyIndex} over their homes, whom each user swiped and each user's latest swipe received from
 * every swiper. Matching, filtering and ranking are precompute's {@link RecommendationScorer} and
 * {@link RecommendationRanker}, per user. Read-only once built.
 */
final class RecommendationInputs {
  private static final LocalDate FIRST_SWIPE_DAY = LocalDate.of(1970, 1, 1);

  private final RecommendationParameters parameters;
  private final RecommendationScorer scorer;
  private final RecommendationRanker ranker;
  private final Instant buildTime;
  private final TreeMap<Long, User> users = new TreeMap<>();
  private final NearbyIndex index;
  private final Map<Long, Set<Long>> swipedBy = new HashMap<>();
  private final Map<Long, Map<Long, Swipe>> latestReceived = new HashMap<>();

  private RecommendationInputs(
      RecommendationParameters parameters, Instant buildTime, List<User> users) {
    this.parameters = parameters;
    this.scorer = new RecommendationScorer(parameters);
    this.ranker = new RecommendationRanker(parameters);
    this.buildTime = buildTime;
    users.forEach(u -> this.users.put(u.userId(), u));
    this.index = new NearbyIndex(users, parameters);
  }

  static void check(Lake lake, BuildParameters build) {
    LakeInputs.requirePartition(lake, Datasets.SWIPES, build.date());
    LakeInputs.snapshot(lake, Datasets.USERS);
  }

  static RecommendationInputs load(
      Lake lake, RecommendationParameters parameters, BuildParameters build) {
    List<User> users;
    try (Stream<User> rows = LakeInputs.readSnapshot(lake, Datasets.USERS)) {
      users = rows.toList();
    }
    RecommendationInputs inputs = new RecommendationInputs(parameters, build.end(), users);
    try (Stream<Swipe> swipes = lake.read(Datasets.SWIPES, FIRST_SWIPE_DAY, build.date())) {
      swipes.forEach(inputs::addSwipe);
    }
    return inputs;
  }

  private void addSwipe(Swipe s) {
    if (!s.at().isBefore(buildTime)) {
      return;
    }
    swipedBy.computeIfAbsent(s.swiperId(), u -> new HashSet<>()).add(s.swipeeId());
    latestReceived
        .computeIfAbsent(s.swipeeId(), u -> new HashMap<>())
        .merge(s.swiperId(), s, (a, b) -> b.at().isAfter(a.at()) ? b : a);
  }

  /** Every user, ascending by id. */
  List<Long> users() {
    return List.copyOf(users.keySet());
  }

  /** The user's recommendations in rank order; empty when no one nearby matches. */
  List<Recommendation> recommendationsOf(long userId) {
    User user = users.get(userId);
    SwipeFilter swiped =
        SwipeFilter.of(swipedBy.getOrDefault(userId, Set.of()), parameters.swipeFilterFpp());
    Map<Long, Swipe> received = latestReceived.getOrDefault(userId, Map.of());
    List<RecommendationCandidate> candidates = new ArrayList<>();
    for (User candidate : index.near(user)) {
      Swipe theirs = received.get(candidate.userId());
      SwipeDirection direction = theirs == null ? null : theirs.direction();
      scorer.consider(user, candidate, swiped, direction, buildTime).ifPresent(candidates::add);
    }
    return ranker.rank(userId, candidates);
  }
}
