package dev.nightshift.precompute.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.model.Gender;
import dev.nightshift.precompute.model.Post;
import dev.nightshift.precompute.model.Seeking;
import dev.nightshift.precompute.model.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendBuilderTest {
  private static final Instant START = Instant.parse("2026-11-20T00:00:00Z");
  private static final int HOURS = 48;
  private static final int AUTHORS = 3_000;
  private static final double[][] CITIES = {{48.86, 2.35}, {52.52, 13.40}, {40.42, -3.70}};
  private static final int BERLIN = 1;
  private static final int BURST_FROM_HOUR = 40;
  private static final int BURST_HOURS = 3;

  private final TrendBuilder builder = new TrendBuilder(TrendParameters.DEFAULTS);
  private final AuthorRegions regions =
      AuthorRegions.fromHomes(users(), TrendParameters.DEFAULTS.regionResolution());
  private final long berlin = regions.regionOf(BERLIN);

  @Test
  void a_planted_burst_in_one_region_tops_that_regions_trends_while_it_lasts() {
    List<TrendingTag> trends =
        builder.build(posts(), regions, START.plus(Duration.ofHours(24)), hour(HOURS));

    for (int h = BURST_FROM_HOUR; h < BURST_FROM_HOUR + BURST_HOURS; h++) {
      assertThat(topOf(trends, hour(h), berlin)).as("hour %d", h).isEqualTo("eclipse");
    }
    assertThat(trends)
        .filteredOn(t -> t.tag().equals("eclipse"))
        .allSatisfy(t -> assertThat(t.regionCell()).isEqualTo(berlin))
        .hasSize(BURST_HOURS);
  }

  @Test
  void a_tag_as_popular_as_ever_does_not_trend() {
    List<TrendingTag> trends =
        builder.build(posts(), regions, START.plus(Duration.ofHours(24)), hour(HOURS));

    assertThat(trends)
        .filteredOn(t -> t.tag().equals("tag0"))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.score()).isBetween(-5.0, 5.0));
  }

  @Test
  void rows_carry_the_window_the_region_exact_counts_and_unique_authors() {
    List<TrendingTag> trends = builder.build(posts(), regions, hour(41), hour(42));

    assertThat(trends).isNotEmpty();
    assertThat(trends)
        .allSatisfy(
            t -> {
              assertThat(t.windowStart()).isEqualTo(hour(41));
              assertThat(t.windowEnd()).isEqualTo(hour(42));
              assertThat(t.exactCount()).isEqualTo(t.estimatedCount());
              assertThat(t.uniqueAuthorsEstimate()).isBetween(1L, t.estimatedCount());
            });
    TrendingTag eclipse = trends.stream().filter(t -> t.tag().equals("eclipse")).findFirst().get();
    assertThat(eclipse.rank()).isEqualTo(1);
    assertThat(eclipse.exactCount()).isEqualTo(25L);
    assertThat(eclipse.uniqueAuthorsEstimate()).isEqualTo(25L);
  }

  @Test
  void a_region_lists_at_most_size_tags_ranked_from_one() {
    TrendParameters small = new TrendParameters(Duration.ofHours(1), 3, 24, 1, 3, 1024, 12, false);

    List<TrendingTag> trends = new TrendBuilder(small).build(posts(), regions, hour(30), hour(31));

    assertThat(trends).hasSize(3 * CITIES.length);
    assertThat(trends).extracting(TrendingTag::rank).containsExactly(1, 2, 3, 1, 2, 3, 1, 2, 3);
    assertThat(trends).allSatisfy(t -> assertThat(t.exactCount()).isNull());
  }

  @Test
  void posts_of_authors_without_a_known_home_count_in_the_unknown_region() {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      posts.add(new Post(i, 1_000_000 + i, hour(30).plusSeconds(i), "#Mystery", null));
    }

    List<TrendingTag> trends = builder.build(posts, regions, hour(30), hour(31));

    assertThat(trends)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.regionCell()).isEqualTo(AuthorRegions.UNKNOWN);
              assertThat(t.tag()).isEqualTo("mystery");
              assertThat(t.score()).isEqualTo(6.0);
            });
  }

  private static String topOf(List<TrendingTag> trends, Instant window, long region) {
    return trends.stream()
        .filter(t -> t.windowStart().equals(window) && t.regionCell() == region && t.rank() == 1)
        .map(TrendingTag::tag)
        .findFirst()
        .orElseThrow();
  }

  private static Instant hour(int h) {
    return START.plus(Duration.ofHours(h));
  }

  /** 300 posts an hour with Zipf tags everywhere, plus 25 an hour on #Eclipse in Berlin. */
  private static List<Post> posts() {
    ZipfTags zipf = new ZipfTags(2_000, 1.1, 7);
    List<Post> posts = new ArrayList<>();
    long id = 0;
    for (int h = 0; h < HOURS; h++) {
      for (int i = 0; i < 300; i++) {
        Instant at = hour(h).plusSeconds(i * 12L);
        String text = "now #" + zipf.next() + " and #" + zipf.next();
        posts.add(new Post(id++, zipf.nextAuthor(AUTHORS), at, text, null));
      }
      if (h >= BURST_FROM_HOUR && h < BURST_FROM_HOUR + BURST_HOURS) {
        for (int i = 0; i < 25; i++) {
          long author = BERLIN + 3L * ((h * 25 + i) % (AUTHORS / 3));
          posts.add(new Post(id++, author, hour(h).plusSeconds(i), "look! #Eclipse", null));
        }
      }
    }
    return posts;
  }

  private static List<User> users() {
    List<User> users = new ArrayList<>();
    for (long id = 0; id < AUTHORS; id++) {
      double[] city = CITIES[(int) (id % CITIES.length)];
      users.add(
          new User(
              id,
              START,
              city[0],
              city[1],
              1990,
              Gender.FEMALE,
              Seeking.EVERYONE,
              18,
              99,
              50,
              START));
    }
    return users;
  }
}
