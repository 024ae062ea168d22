package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.geo.H3Cells;
import dev.nightshift.precompute.model.User;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalDouble;

/**
 * Whether two users may be shown to each other: each side seeks the other's gender, each side's age
 * lies within the other's age range, and they live within both sides' maximum distance. The rules
 * are symmetric, so a pair is checked the same whichever side asks.
 */
public final class MatchRules {
  private MatchRules() {}

  /** A user's age in {@code at}'s calendar year (UTC): birth dates are kept to the year. */
  public static int ageAt(User user, Instant at) {
    return at.atZone(ZoneOffset.UTC).getYear() - user.birthYear();
  }

  /**
   * @return the great-circle distance in km if the two match, empty if they do not
   */
  public static OptionalDouble distanceIfMatching(User user, User candidate, Instant at) {
    if (user.userId() == candidate.userId()
        || !user.seeking().accepts(candidate.gender())
        || !candidate.seeking().accepts(user.gender())
        || !withinAgeRange(user, ageAt(candidate, at))
        || !withinAgeRange(candidate, ageAt(user, at))) {
      return OptionalDouble.empty();
    }
    double km = H3Cells.distanceKm(user.lat(), user.lon(), candidate.lat(), candidate.lon());
    return km <= maxDistanceKm(user, candidate) ? OptionalDouble.of(km) : OptionalDouble.empty();
  }

  /** The distance both sides accept. */
  public static int maxDistanceKm(User user, User candidate) {
    return Math.min(user.maxDistanceKm(), candidate.maxDistanceKm());
  }

  private static boolean withinAgeRange(User chooser, int age) {
    return age >= chooser.ageMin() && age <= chooser.ageMax();
  }
}
