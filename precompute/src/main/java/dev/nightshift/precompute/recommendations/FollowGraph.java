package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.model.Follow;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whom each user follows, from the follows made before a build time: what people-you-may-know
 * counts mutual follows over. Read-only once built, so several threads may read it.
 */
public final class FollowGraph {
  private final Map<Long, Set<Long>> following = new HashMap<>();

  private FollowGraph() {}

  /** The graph of the follows made before {@code at}. */
  public static FollowGraph of(Iterable<Follow> follows, Instant at) {
    FollowGraph graph = new FollowGraph();
    for (Follow f : follows) {
      if (f.createdAt().isBefore(at)) {
        graph.following.computeIfAbsent(f.followerId(), u -> new HashSet<>()).add(f.followeeId());
      }
    }
    return graph;
  }

  /** Everyone who follows someone, ascending by id. */
  public List<Long> followers() {
    return following.keySet().stream().sorted().toList();
  }

  public Set<Long> followeesOf(long userId) {
    return Collections.unmodifiableSet(following.getOrDefault(userId, Set.of()));
  }

  /** For everyone the user's followees follow: how many of the user's followees follow them. */
  public Map<Long, Integer> mutualFollowsOf(long userId) {
    Map<Long, Integer> mutual = new HashMap<>();
    for (long followee : followeesOf(userId)) {
      for (long secondHop : followeesOf(followee)) {
        mutual.merge(secondHop, 1, Integer::sum);
      }
    }
    return mutual;
  }
}
