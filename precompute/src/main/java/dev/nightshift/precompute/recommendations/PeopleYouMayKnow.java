package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.TopN;
import dev.nightshift.precompute.model.Follow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Friends of friends: for a user, everyone followed by the people the user follows, except the user
 * and those already followed, ranked by how many of the user's followees follow them (ties to the
 * lower id). On a cluster the mutual counts come from a self-join of follows on followee =
 * follower; {@link #rank} is then applied per user. In memory, {@link FollowGraph} does the join.
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

  /** The user's suggestions, best first; empty when the user follows no one. */
  public List<PersonYouMayKnow> suggestionsFor(long userId, FollowGraph graph) {
    return rank(userId, graph.followeesOf(userId), graph.mutualFollowsOf(userId));
  }

  /**
   * Every user's suggestions, ordered by user id then rank, from follows made before {@code at}.
   */
  public List<PersonYouMayKnow> build(Iterable<Follow> follows, Instant at) {
    FollowGraph graph = FollowGraph.of(follows, at);
    List<PersonYouMayKnow> suggestions = new ArrayList<>();
    for (long userId : graph.followers()) {
      suggestions.addAll(suggestionsFor(userId, graph));
    }
    return suggestions;
  }
}
