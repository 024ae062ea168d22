package dev.nightshift.batch.recommendations;

import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.precompute.lake.LakeInputs;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.model.Follow;
import dev.nightshift.precompute.model.Swipe;
import dev.nightshift.precompute.model.User;
import dev.nightshift.precompute.recommendations.FollowGraph;
import dev.nightshift.precompute.recommendations.PeopleYouMayKnow;
import dev.nightshift.precompute.recommendations.PeopleYouMayKnowParameters;
import dev.nightshift.precompute.recommendations.PersonYouMayKnow;
import dev.nightshift.precompute.recommendations.Recommendation;
import dev.nightshift.precompute.recommendations.RecommendationIndex;
import dev.nightshift.precompute.recommendations.RecommendationParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What every partition of the recommendations job shares, read from the lake once: precompute's
 * {@link RecommendationIndex} over the users and every swipe up to the build's day, and its {@link
 * FollowGraph} over the follows snapshot. Each user's two lists are precompute's. Read-only once
 * built.
 */
final class RecommendationInputs {
  private static final LocalDate FIRST_SWIPE_DAY = LocalDate.of(1970, 1, 1);

  private final RecommendationIndex index;
  private final FollowGraph follows;
  private final PeopleYouMayKnow peopleYouMayKnow;

  private RecommendationInputs(
      RecommendationIndex index, FollowGraph follows, PeopleYouMayKnow peopleYouMayKnow) {
    this.index = index;
    this.follows = follows;
    this.peopleYouMayKnow = peopleYouMayKnow;
  }

  static void check(Lake lake, BuildParameters build) {
    LakeInputs.requirePartition(lake, Datasets.SWIPES, build.date());
    LakeInputs.snapshot(lake, Datasets.USERS);
    LakeInputs.snapshot(lake, Datasets.FOLLOWS);
  }

  static RecommendationInputs load(
      Lake lake,
      RecommendationParameters recommendations,
      PeopleYouMayKnowParameters suggestions,
      BuildParameters build) {
    RecommendationIndex index;
    try (Stream<User> users = LakeInputs.readSnapshot(lake, Datasets.USERS);
        Stream<Swipe> swipes = lake.read(Datasets.SWIPES, FIRST_SWIPE_DAY, build.date())) {
      index = RecommendationIndex.of(users.toList(), swipes::iterator, build.end(), recommendations);
    }
    FollowGraph graph;
    try (Stream<Follow> rows = LakeInputs.readSnapshot(lake, Datasets.FOLLOWS)) {
      graph = FollowGraph.of(rows::iterator, build.end());
    }
    return new RecommendationInputs(index, graph, new PeopleYouMayKnow(suggestions));
  }

  /**
   * The users of the users snapshot and every follower, ascending: one document each, unless both
   * lists are empty. The two snapshots may come from different days, so neither alone is all.
   */
  List<Long> users() {
    TreeSet<Long> all = new TreeSet<>(index.userIds());
    all.addAll(follows.followers());
    return List.copyOf(all);
  }

  /** The user's nearby candidates in rank order; empty when no one nearby matches. */
  List<Recommendation> recommendationsOf(long userId) {
    return index.recommendationsOf(userId);
  }

  /** The user's friends of friends in rank order; empty when the user follows no one. */
  List<PersonYouMayKnow> peopleYouMayKnowOf(long userId) {
    return peopleYouMayKnow.suggestionsFor(userId, follows);
  }
}
