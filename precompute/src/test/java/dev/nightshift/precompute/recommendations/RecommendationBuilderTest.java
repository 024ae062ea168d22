package dev.nightshift.precompute.recommendations;

import static dev.nightshift.precompute.recommendations.Users.NOW;
import static dev.nightshift.precompute.recommendations.Users.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.model.Gender;
import dev.nightshift.precompute.model.Seeking;
import dev.nightshift.precompute.model.Swipe;
import dev.nightshift.precompute.model.SwipeDirection;
import dev.nightshift.precompute.model.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecommendationBuilderTest {
  private static final long ME = 1;
  private final RecommendationBuilder builder =
      new RecommendationBuilder(RecommendationParameters.DEFAULTS);

  @Test
  void swiped_candidates_never_come_back_and_others_are_held_back_only_at_the_filter_rate() {
    int candidates = 4_000;
    List<User> users = new ArrayList<>();
    users.add(user(ME).is(Gender.FEMALE, Seeking.MALE).build());
    Random random = new Random(3);
    for (long id = 2; id < candidates + 2; id++) {
      Users candidate = user(id).is(Gender.MALE, Seeking.FEMALE);
      users.add(candidate.at(48.8566 + random.nextDouble() * 0.3, 2.3522).build());
    }
    List<Swipe> swipes = new ArrayList<>();
    Set<Long> swiped = new HashSet<>();
    for (long id = 2; id < candidates + 2; id += 2) {
      swipes.add(swipe(ME, id, SwipeDirection.NOPE));
      swiped.add(id);
    }
    RecommendationBuilder unlimited =
        new RecommendationBuilder(RecommendationParameters.DEFAULTS.withSize(candidates));

    List<Recommendation> mine = forUser(unlimited.build(users, swipes, NOW), ME);

    assertThat(mine).noneMatch(r -> swiped.contains(r.candidateId()));
    int neverSwiped = candidates - swiped.size();
    double heldBack = (double) (neverSwiped - mine.size()) / neverSwiped;
    assertThat(heldBack)
        .isLessThanOrEqualTo(
            SwipeFilterTest.upperBound(
                RecommendationParameters.DEFAULTS.swipeFilterFpp(), neverSwiped));
  }

  @Test
  void candidates_who_liked_the_user_come_first_even_when_farther_and_less_active() {
    List<User> users =
        List.of(
            user(ME).build(),
            user(2).at(48.86, 2.35).build(),
            user(3).at(49.3, 2.35).activeAt(NOW.minus(Duration.ofDays(20))).build(),
            user(4).at(48.87, 2.35).build());
    List<Swipe> swipes =
        List.of(swipe(3, ME, SwipeDirection.SUPERLIKE), swipe(4, ME, SwipeDirection.NOPE));

    List<Recommendation> mine = forUser(builder.build(users, swipes, NOW), ME);

    assertThat(mine).extracting(Recommendation::candidateId).containsExactly(3L, 2L);
    assertThat(mine).extracting(Recommendation::likedYou).containsExactly(true, false);
    assertThat(mine).extracting(Recommendation::rank).containsExactly(1, 2);
  }

  @Test
  void more_recent_activity_and_shorter_distance_rank_higher() {
    List<User> users =
        List.of(
            user(ME).build(),
            user(2).at(49.2, 2.35).activeAt(NOW.minus(Duration.ofDays(9))).build(),
            user(3).at(49.2, 2.35).build(),
            user(4).at(48.9, 2.35).build());

    List<Recommendation> mine = forUser(builder.build(users, List.of(), NOW), ME);

    assertThat(mine).extracting(Recommendation::candidateId).containsExactly(4L, 3L, 2L);
    assertThat(mine.get(0).distanceKm()).isBetween(4.0, 6.0);
  }

  @Test
  void every_recommendation_honours_distance_and_both_sides_preferences() {
    List<User> users = new ArrayList<>();
    Random random = new Random(11);
    for (long id = 0; id < 1_500; id++) {
      users.add(randomUser(id, random));
    }

    List<Recommendation> all = builder.build(users, List.of(), NOW);

    assertThat(all).hasSizeGreaterThan(1_000);
    for (Recommendation r : all) {
      User u = users.get((int) r.userId());
      User c = users.get((int) r.candidateId());
      assertThat(MatchRules.distanceIfMatching(u, c, NOW)).hasValue(r.distanceKm());
      assertThat(r.distanceKm()).isLessThanOrEqualTo(MatchRules.maxDistanceKm(u, c));
    }
  }

  @Test
  void the_result_does_not_depend_on_input_order() {
    List<User> users = new ArrayList<>();
    Random random = new Random(5);
    for (long id = 0; id < 400; id++) {
      users.add(randomUser(id, random));
    }
    List<Recommendation> expected = builder.build(users, List.of(), NOW);
    Collections.shuffle(users, new Random(6));

    assertThat(builder.build(users, List.of(), NOW)).isEqualTo(expected);
  }

  private static User randomUser(long id, Random random) {
    Gender[] genders = Gender.values();
    Seeking[] seekings = Seeking.values();
    int ageMin = 18 + random.nextInt(20);
    return user(id)
        .at(48.8 + random.nextDouble(), 2.3 + random.nextDouble())
        .bornIn(1960 + random.nextInt(45))
        .is(genders[random.nextInt(genders.length)], seekings[random.nextInt(seekings.length)])
        .ages(ageMin, ageMin + random.nextInt(30))
        .within(5 + random.nextInt(100))
        .activeAt(NOW.minus(Duration.ofHours(random.nextInt(500))))
        .build();
  }

  private static List<Recommendation> forUser(List<Recommendation> all, long userId) {
    return all.stream().filter(r -> r.userId() == userId).toList();
  }

  private static Swipe swipe(long swiper, long swipee, SwipeDirection direction) {
    return new Swipe(swiper, swipee, direction, NOW.minusSeconds(60));
  }
}
