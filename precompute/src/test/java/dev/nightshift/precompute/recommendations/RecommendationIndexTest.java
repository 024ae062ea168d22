package dev.nightshift.precompute.recommendations;

import static dev.nightshift.precompute.recommendations.Users.NOW;
import static dev.nightshift.precompute.recommendations.Users.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.nightshift.precompute.model.Swipe;
import dev.nightshift.precompute.model.SwipeDirection;
import dev.nightshift.precompute.model.User;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationIndexTest {
  private final List<User> users =
      List.of(user(3).build(), user(1).build(), user(2).at(48.87, 2.35).build());

  @Test
  void users_are_listed_by_id_and_each_gets_their_own_ranked_list() {
    RecommendationIndex index =
        RecommendationIndex.of(users, List.of(), NOW, RecommendationParameters.DEFAULTS);

    assertThat(index.userIds()).containsExactly(1L, 2L, 3L);
    assertThat(index.recommendationsOf(1))
        .extracting(Recommendation::userId, Recommendation::rank, Recommendation::candidateId)
        .containsExactly(
            tuple(1L, 1, 3L),
            tuple(1L, 2, 2L));
  }

  @Test
  void only_swipes_from_before_the_build_time_count() {
    List<Swipe> swipes =
        List.of(
            new Swipe(1, 2, SwipeDirection.NOPE, NOW),
            new Swipe(3, 1, SwipeDirection.LIKE, NOW.minusSeconds(60)),
            new Swipe(1, 3, SwipeDirection.LIKE, NOW.plusSeconds(60)));

    RecommendationIndex index =
        RecommendationIndex.of(users, swipes, NOW, RecommendationParameters.DEFAULTS);

    assertThat(index.recommendationsOf(1))
        .extracting(Recommendation::candidateId, Recommendation::likedYou)
        .containsExactly(
            tuple(3L, true),
            tuple(2L, false));
  }

  @Test
  void a_user_who_is_not_indexed_has_no_recommendations() {
    RecommendationIndex index =
        RecommendationIndex.of(users, List.of(), NOW, RecommendationParameters.DEFAULTS);

    assertThat(index.recommendationsOf(99)).isEmpty();
  }
}
