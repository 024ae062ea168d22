package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.TopN;
import dev.nightshift.precompute.model.Follow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Friends of friends: for a user, everyone followed by the people the user follows, except the user
 * and those already followed, ranked by how many of the user's followees follow them (ties to the
 * lower id). On a cluster the mutual counts come from a self-join of follows on followee =
 * follower; {@link #rank} is then applied per user.
 */
public final class PeopleYouMayKnow {
  private static final Comparator<Map.Entry<Long, Integer>> BEST_FIRST =
      Map.Entry.<Long, Integer>comparingByValue()
          .reversed()
          .thenComparing(Map.Entry.comparingByKey());

  private final PeopleYouMayKnowParameters parameters;

  public PeopleYouMayKnow(PeopleYouMayKnowParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * @param following whom the user follows
   * @param mutualFollows for each second-hop candidate, how many of {@code following} follow them
   */
  public List<PersonYouMayKnow> rank(
      long userId, Set<Long> following, Map<Long, Integer> mutualFollows) {
    List<Map.Entry<Long, Integer>> eligible = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : mutualFollows.entrySet()) {
      long candidate = e.getKey();
      if (candidate != userId
          && !following.contains(candidate)
          && e.getValue() >= parameters.minMutualFollows()) {
        eligible.add(e);
      }
    }
    List<PersonYouMayKnow> ranked = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : TopN.of(eligible, BEST_FIRST, parameters.size())) {
      ranked.add(new PersonYouMayKnow(userId, ranked.size() + 1, e.getKey(), e.getValue()));
    }
    return ranked;
  }

  /**
   * Every user's suggestions, ordered by user id then rank, from follows made before {@code at}.
   */
  public List<PersonYouMayKnow> build(Iterable<Follow> follows, Instant at) {
    Map<Long, Set<Long>> following = new TreeMap<>();
    for (Follow f : follows) {
      if (f.createdAt().isBefore(at)) {
        following.computeIfAbsent(f.followerId(), u -> new TreeSet<>()).add(f.followeeId());
      }
    }
    List<PersonYouMayKnow> suggestions = new ArrayList<>();
    following.forEach(
        (userId, followees) -> {
          Map<Long, Integer> mutual = new HashMap<>();
          for (long followee : followees) {
            for (long secondHop : following.getOrDefault(followee, Set.of())) {
              mutual.merge(secondHop, 1, Integer::sum);
            }
          }
          suggestions.addAll(rank(userId, followees, mutual));
        });
    return suggestions;
  }
}
