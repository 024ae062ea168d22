package dev.nightshift.precompute.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.precompute.GeneratedRows;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.MemorySink;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.model.Engagement;
import dev.nightshift.precompute.model.EngagementKind;
import dev.nightshift.precompute.model.Follow;
import dev.nightshift.precompute.model.Post;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedIndexTest {
  private static final GeneratorConfig CONFIG =
      new GeneratorConfig(0.01, 3, 5, LocalDate.of(2026, 11, 24));
  private static final Instant BUILD = Instant.parse("2026-11-25T00:00:00Z");
  private static final Instant LONG_AGO = BUILD.minus(Duration.ofDays(30));

  private final MemorySink generated = GeneratedRows.of(CONFIG);

  @Test
  void feeds_from_the_index_are_those_of_scoring_every_pair_to_the_last_bit() {
    List<Follow> follows = generated.rows(Datasets.FOLLOWS);
    List<Post> posts = generated.rows(Datasets.POSTS);
    List<Engagement> engagements = generated.rows(Datasets.ENGAGEMENTS);
    // Mid-window, so that some posts and engagements fall after the build time.
    Instant build = CONFIG.end().minus(Duration.ofHours(30));

    // A small size too, so that most users have more candidates than places.
    for (FeedParameters parameters : List.of(FeedParameters.DEFAULTS, FeedParameters.DEFAULTS.withSize(3))) {
      List<FeedItem> indexed = new FeedBuilder(parameters).build(follows, posts, engagements, build);
      List<FeedItem> pairwise =
          new PairwiseFeedBuilder(parameters).build(follows, posts, engagements, build);

      assertThat(indexed).hasSizeGreaterThan(1_000).isEqualTo(pairwise);
    }
  }

  @Test
  void builders_filled_apart_and_combined_index_what_one_builder_does() {
    FeedIndexBuilder posts = FeedIndex.builder(FeedParameters.DEFAULTS, BUILD);
    FeedIndexBuilder rest = FeedIndex.builder(FeedParameters.DEFAULTS, BUILD);
    posts.add(new Post(10, 100, BUILD.minusSeconds(3600), "a", null));
    posts.add(new Post(11, 100, BUILD.minusSeconds(7200), "b", null));
    rest.add(new Follow(1, 100, LONG_AGO));
    rest.add(new Follow(1, 100, LONG_AGO));
    rest.add(new Engagement(1, 10, EngagementKind.VIEW, BUILD.minusSeconds(60)));

    FeedIndex index = posts.addAll(rest).build();

    assertThat(index.users()).containsExactly(1L);
    assertThat(index.feedOf(1)).extracting(FeedItem::postId).containsExactly(11L);
    assertThat(index.feedOf(2)).isEmpty();
  }

  @Test
  void a_user_who_follows_only_silent_authors_is_listed_with_an_empty_feed() {
    FeedIndex index =
        FeedIndex.of(
            FeedParameters.DEFAULTS,
            BUILD,
            List.of(new Follow(7, 300, LONG_AGO)),
            List.of(new Post(10, 100, BUILD.minusSeconds(60), "a", null)),
            List.of());

    assertThat(index.users()).containsExactly(7L);
    assertThat(index.feedOf(7)).isEmpty();
  }

  @Test
  void inputs_of_different_builds_do_not_combine() {
    FeedIndexBuilder today = FeedIndex.builder(FeedParameters.DEFAULTS, BUILD);
    FeedIndexBuilder yesterday =
        FeedIndex.builder(FeedParameters.DEFAULTS, BUILD.minus(Duration.ofDays(1)));

    assertThatThrownBy(() -> today.addAll(yesterday))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different builds");
  }
}
