package dev.nightshift.precompute.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.nightshift.precompute.model.Follow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleYouMayKnowTest {
  private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
  private final PeopleYouMayKnow pymk = new PeopleYouMayKnow(new PeopleYouMayKnowParameters(10, 1));

  @Test
  void friends_of_friends_are_ranked_by_mutual_follows_then_id() {
    List<Follow> follows =
        List.of(
            follow(1, 10),
            follow(1, 11),
            follow(1, 12),
            follow(10, 20),
            follow(11, 20),
            follow(12, 20),
            follow(10, 21),
            follow(11, 21),
            follow(12, 23),
            follow(10, 22));

    List<PersonYouMayKnow> mine = forUser(pymk.build(follows, NOW), 1);

    assertThat(mine)
        .containsExactly(
            new PersonYouMayKnow(1, 1, 20, 3),
            new PersonYouMayKnow(1, 2, 21, 2),
            new PersonYouMayKnow(1, 3, 22, 1),
            new PersonYouMayKnow(1, 4, 23, 1));
  }

  @Test
  void the_user_and_people_already_followed_are_never_suggested() {
    List<Follow> follows =
        List.of(follow(1, 10), follow(1, 11), follow(10, 11), follow(10, 1), follow(11, 30));

    List<PersonYouMayKnow> mine = forUser(pymk.build(follows, NOW), 1);

    assertThat(mine).extracting(PersonYouMayKnow::candidateId).containsExactly(30L);
  }

  @Test
  void candidates_below_the_minimum_of_mutual_follows_are_left_out() {
    List<Follow> follows =
        List.of(follow(1, 10), follow(1, 11), follow(10, 20), follow(11, 20), follow(10, 21));
    PeopleYouMayKnow strict = new PeopleYouMayKnow(new PeopleYouMayKnowParameters(10, 2));

    assertThat(forUser(strict.build(follows, NOW), 1))
        .containsExactly(new PersonYouMayKnow(1, 1, 20, 2));
  }

  @Test
  void follows_made_after_the_build_time_do_not_count() {
    List<Follow> follows = List.of(follow(1, 10), new Follow(10, 20, NOW));

    assertThat(forUser(pymk.build(follows, NOW), 1)).isEmpty();
  }

  @Test
  void one_users_suggestions_from_the_follow_graph_are_that_users_part_of_the_whole_build() {
    List<Follow> follows =
        List.of(
            follow(1, 10),
            follow(1, 11),
            follow(2, 10),
            follow(10, 20),
            follow(11, 20),
            follow(10, 2),
            new Follow(11, 21, NOW));
    FollowGraph graph = FollowGraph.of(follows, NOW);

    assertThat(graph.followers()).containsExactly(1L, 2L, 10L, 11L);
    assertThat(graph.mutualFollowsOf(1)).containsOnly(entry(20L, 2), entry(2L, 1));
    // 1 reaches 20 through 10 and 11, and 2 through 10; 2 reaches 20 through 10 (itself through 10
    // does not count); 10 and 11 follow no one who follows anyone new; 21 is followed only at NOW.
    assertThat(pymk.suggestionsFor(1, graph))
        .containsExactly(new PersonYouMayKnow(1, 1, 20, 2), new PersonYouMayKnow(1, 2, 2, 1));
    assertThat(pymk.suggestionsFor(2, graph)).containsExactly(new PersonYouMayKnow(2, 1, 20, 1));
    assertThat(pymk.suggestionsFor(10, graph)).isEmpty();
    assertThat(pymk.suggestionsFor(11, graph)).isEmpty();
    assertThat(pymk.suggestionsFor(99, graph)).isEmpty();
  }

  private static List<PersonYouMayKnow> forUser(List<PersonYouMayKnow> all, long userId) {
    return all.stream().filter(p -> p.userId() == userId).toList();
  }

  private static Follow follow(long follower, long followee) {
    return new Follow(follower, followee, NOW.minusSeconds(3_600));
  }
}
