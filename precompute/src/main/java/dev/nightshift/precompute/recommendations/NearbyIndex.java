package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.geo.H3Cells;
import dev.nightshift.precompute.model.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Users grouped by the H3 cell of their home, to find everyone who may live within a user's search
 * radius without comparing every pair. On a cluster the same happens as a join of each user's
 * {@link #searchCells} against the users' {@link #cellOf} cells.
 */
public final class NearbyIndex {
  private final RecommendationParameters parameters;
  private final Map<Long, List<User>> usersByCell = new HashMap<>();

  public NearbyIndex(Iterable<User> users, RecommendationParameters parameters) {
    this.parameters = parameters;
    for (User user : users) {
      usersByCell.computeIfAbsent(cellOf(user, parameters), c -> new ArrayList<>()).add(user);
    }
  }

  /** Everyone whose home may lie within {@code user}'s search radius (a superset; no order). */
  public List<User> near(User user) {
    List<User> near = new ArrayList<>();
    for (long cell : searchCells(user, parameters)) {
      near.addAll(usersByCell.getOrDefault(cell, List.of()));
    }
    return near;
  }

  public static long cellOf(User user, RecommendationParameters parameters) {
    try {
      return H3Cells.cellOf(user.lat(), user.lon(), parameters.resolution());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("User " + user.userId() + ": " + e.getMessage(), e);
    }
  }

  /** The cells that cover every point within the user's search radius of their home. */
  public static List<Long> searchCells(User user, RecommendationParameters parameters) {
    long home = cellOf(user, parameters);
    return H3Cells.disk(home, H3Cells.ringsCovering(home, searchRadiusKm(user, parameters)));
  }

  static int searchRadiusKm(User user, RecommendationParameters parameters) {
    return Math.max(0, Math.min(user.maxDistanceKm(), parameters.maxSearchKm()));
  }
}
