package dev.nightshift.precompute.recommendations;

import static dev.nightshift.precompute.ParameterChecks.atLeast;

import java.io.Serializable;

/**
 * @param size how many suggestions are kept per user
 * @param minMutualFollows a candidate needs at least this many mutual follows
 */
public record PeopleYouMayKnowParameters(int size, int minMutualFollows) implements Serializable {
  public static final PeopleYouMayKnowParameters DEFAULTS = new PeopleYouMayKnowParameters(20, 2);

  public PeopleYouMayKnowParameters {
    atLeast("peopleYouMayKnow.size", size, 1);
    atLeast("peopleYouMayKnow.minMutualFollows", minMutualFollows, 1);
  }
}
