package dev.nightshift.precompute.recommendations;

import static dev.nightshift.precompute.recommendations.Users.NOW;
import static dev.nightshift.precompute.recommendations.Users.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.model.Gender;
import dev.nightshift.precompute.model.Seeking;
import dev.nightshift.precompute.model.User;
import org.junit.jupiter.api.Test;

class MatchRulesTest {
  private static boolean matches(Users a, Users b) {
    User ua = a.build();
    User ub = b.build();
    boolean forward = MatchRules.distanceIfMatching(ua, ub, NOW).isPresent();
    assertThat(MatchRules.distanceIfMatching(ub, ua, NOW).isPresent())
        .as("the rules are symmetric")
        .isEqualTo(forward);
    return forward;
  }

  @Test
  void both_sides_must_seek_the_others_gender() {
    Users woman = user(1).is(Gender.FEMALE, Seeking.MALE);
    Users manSeekingWomen = user(2).is(Gender.MALE, Seeking.FEMALE);
    Users manSeekingMen = user(3).is(Gender.MALE, Seeking.MALE);

    assertThat(matches(woman, manSeekingWomen)).isTrue();
    assertThat(matches(woman, manSeekingMen)).isFalse();
    assertThat(matches(woman, user(4).is(Gender.NONBINARY, Seeking.EVERYONE))).isFalse();
  }

  @Test
  void each_age_must_lie_within_the_other_sides_range_bounds_included() {
    Users thirty = user(1).bornIn(1996).ages(25, 35);
    assertThat(matches(thirty, user(2).bornIn(1991).ages(30, 40))).as("35 and 30").isTrue();
    assertThat(matches(thirty, user(3).bornIn(1990).ages(30, 40))).as("36 too old").isFalse();
    assertThat(matches(thirty, user(4).bornIn(1996).ages(31, 40))).as("30 too young").isFalse();
  }

  @Test
  void the_distance_must_be_within_both_sides_maximum() {
    Users paris = user(1);
    Users london = user(2).at(51.5072, -0.1276);
    double km =
        MatchRules.distanceIfMatching(paris.within(400).build(), london.within(400).build(), NOW)
            .getAsDouble();

    assertThat(km).isBetween(340.0, 345.0);
    assertThat(matches(paris.within(345), london.within(345))).isTrue();
    assertThat(matches(paris.within(340), london.within(400))).isFalse();
    assertThat(matches(paris.within(400), london.within(340))).isFalse();
  }

  @Test
  void nobody_is_their_own_candidate() {
    assertThat(MatchRules.distanceIfMatching(user(1).build(), user(1).build(), NOW)).isEmpty();
  }
}
