package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.model.Swipe;
import dev.nightshift.precompute.model.SwipeDirection;
import dev.nightshift.precompute.model.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The inputs of a recommendations build, grouped once: the users by id and by home cell ({@link
 * NearbyIndex}), whom each user swiped and the latest swipe each user received from every swiper,
 * all from before the build time. A user's list is then {@link RecommendationScorer} over the
 * nearby users and {@link RecommendationRanker} over the result. The in-memory builder and the
 * batch job both read through it. Read-only once built, so several threads may read it.
 */
public final class RecommendationIndex {
  private final RecommendationParameters parameters;
  private final RecommendationScorer scorer;
  private final RecommendationRanker ranker;
  private final Instant buildTime;
  private final TreeMap<Long, User> users = new TreeMap<>();
  private final NearbyIndex nearby;
  private final Map<Long, Set<Long>> swipedBy = new HashMap<>();
  private final Map<Long, Map<Long, Swipe>> latestReceived = new HashMap<>();

  private RecommendationIndex(
      Iterable<User> users, Instant buildTime, RecommendationParameters parameters) {
    this.parameters = parameters;
    this.scorer = new RecommendationScorer(parameters);
    this.ranker = new RecommendationRanker(parameters);
    this.buildTime = buildTime;
    users.forEach(u -> this.users.put(u.userId(), u));
    this.nearby = new NearbyIndex(this.users.values(), parameters);
  }

  /** Ages are taken in {@code buildTime}'s year; swipes from {@code buildTime} on are left out. */
  public static RecommendationIndex of(
      Iterable<User> users,
      Iterable<Swipe> swipes,
      Instant buildTime,
      RecommendationParameters parameters) {
    RecommendationIndex index = new RecommendationIndex(users, buildTime, parameters);
    for (Swipe s : swipes) {
      if (s.at().isBefore(buildTime)) {
        index.swipedBy.computeIfAbsent(s.swiperId(), u -> new HashSet<>()).add(s.swipeeId());
        index
            .latestReceived
            .computeIfAbsent(s.swipeeId(), u -> new HashMap<>())
            .merge(s.swiperId(), s, (a, b) -> b.at().isAfter(a.at()) ? b : a);
      }
    }
    return index;
  }

  /** Every user, ascending by id. */
  public List<Long> userIds() {
    return List.copyOf(users.keySet());
  }

  /**
   * The user's recommendations in rank order; empty when no one nearby matches or the user is not
   * in the users snapshot (a follower the snapshot does not know yet has no place to be near).
   */
  public List<Recommendation> recommendationsOf(long userId) {
    User user = users.get(userId);
    if (user == null) {
      return List.of();
    }
    SwipeFilter swiped =
        SwipeFilter.of(swipedBy.getOrDefault(userId, Set.of()), parameters.swipeFilterFpp());
    Map<Long, Swipe> received = latestReceived.getOrDefault(userId, Map.of());
    List<RecommendationCandidate> candidates = new ArrayList<>();
    for (User candidate : nearby.near(user)) {
      Swipe theirs = received.get(candidate.userId());
      SwipeDirection direction = theirs == null ? null : theirs.direction();
      scorer.consider(user, candidate, swiped, direction, buildTime).ifPresent(candidates::add);
    }
    return ranker.rank(userId, candidates);
  }
}
