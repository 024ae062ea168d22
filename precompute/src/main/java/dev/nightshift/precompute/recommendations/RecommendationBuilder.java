package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.model.Swipe;
import dev.nightshift.precompute.model.SwipeDirection;
import dev.nightshift.precompute.model.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds every user's recommendations in memory: the reference for the batch and Spark jobs. Only
 * swipes from before {@code buildTime} count; ages are taken in {@code buildTime}'s year.
 */
public final class RecommendationBuilder {
  private final RecommendationParameters parameters;
  private final RecommendationScorer scorer;
  private final RecommendationRanker ranker;

  public RecommendationBuilder(RecommendationParameters parameters) {
    this.parameters = parameters;
    this.scorer = new RecommendationScorer(parameters);
    this.ranker = new RecommendationRanker(parameters);
  }

  /** Every user's recommendations, ordered by user id then rank; no row for a user with none. */
  public List<Recommendation> build(
      Iterable<User> users, Iterable<Swipe> swipes, Instant buildTime) {
    Map<Long, Set<Long>> swipedBy = new HashMap<>();
    Map<Long, Map<Long, Swipe>> latestReceived = new HashMap<>();
    for (Swipe s : swipes) {
      if (!s.at().isBefore(buildTime)) {
        continue;
      }
      swipedBy.computeIfAbsent(s.swiperId(), u -> new HashSet<>()).add(s.swipeeId());
      latestReceived
          .computeIfAbsent(s.swipeeId(), u -> new HashMap<>())
          .merge(s.swiperId(), s, (a, b) -> b.at().isAfter(a.at()) ? b : a);
    }

    NearbyIndex index = new NearbyIndex(users, parameters);
    List<User> ordered = new ArrayList<>();
    users.forEach(ordered::add);
    ordered.sort(Comparator.comparingLong(User::userId));

    List<Recommendation> recommendations = new ArrayList<>();
    for (User user : ordered) {
      SwipeFilter swiped =
          SwipeFilter.of(
              swipedBy.getOrDefault(user.userId(), Set.of()), parameters.swipeFilterFpp());
      Map<Long, Swipe> received = latestReceived.getOrDefault(user.userId(), Map.of());
      List<RecommendationCandidate> candidates = new ArrayList<>();
      for (User candidate : index.near(user)) {
        Swipe theirs = received.get(candidate.userId());
        SwipeDirection direction = theirs == null ? null : theirs.direction();
        scorer.consider(user, candidate, swiped, direction, buildTime).ifPresent(candidates::add);
      }
      recommendations.addAll(ranker.rank(user.userId(), candidates));
    }
    return recommendations;
  }
}
