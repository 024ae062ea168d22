package dev.nightshift.precompute.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.model.Engagement;
import dev.nightshift.precompute.model.Follow;
import dev.nightshift.precompute.model.Post;
import dev.nightshift.precompute.model.User;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeneratedDistributionsTest {
  private static final Pattern TAG = Pattern.compile("#(\\w+)");
  private static final GeneratorConfig CONFIG = new GeneratorConfig(0.01, 2, 21, Generated.END);
  private static MemorySink sink;
  private static Map<Long, User> users;

  @BeforeAll
  static void generate() {
    sink = new MemorySink();
    new DataGenerator(CONFIG, 2).run(sink, rows -> {});
    users =
        sink.rows(Datasets.USERS).stream()
            .collect(Collectors.toMap(User::userId, Function.identity()));
  }

  @Test
  void the_top_one_percent_of_users_hold_a_large_share_of_followers() {
    List<Follow> follows = sink.rows(Datasets.FOLLOWS);
    Map<Long, Long> followers =
        follows.stream().collect(Collectors.groupingBy(Follow::followeeId, Collectors.counting()));
    List<Long> counts = followers.values().stream().sorted(Comparator.reverseOrder()).toList();
    long top = counts.stream().limit(users.size() / 100).mapToLong(Long::longValue).sum();
    // Six times their uniform share already at 1,000 users, where the top can at most be followed
    // by everyone; about a fifth at scale 1.
    assertThat((double) top / follows.size()).isGreaterThan(0.06);
    assertThat(counts.get(0)).isGreaterThan(10 * counts.get(counts.size() / 2));
    assertThat(follows).allMatch(f -> f.followerId() != f.followeeId());
    assertThat(
            follows.stream().map(f -> List.of(f.followerId(), f.followeeId())).distinct().count())
        .isEqualTo(follows.size());
  }

  @Test
  void hashtag_popularity_follows_zipf() {
    Map<String, Long> counts = new HashMap<>();
    for (Post post : sink.rows(Datasets.POSTS)) {
      Matcher tag = TAG.matcher(post.text());
      while (tag.find()) {
        counts.merge(tag.group(1), 1L, Long::sum);
      }
    }
    long first = counts.get(Hashtags.name(1));
    long tenth = counts.get(Hashtags.name(10));
    assertThat(counts.values().stream().max(Long::compare)).contains(first);
    assertThat((double) first / tenth).isBetween(6.0, 16.0);
    assertThat(logLogSlope(counts, 30)).isBetween(-1.3, -0.7);
  }

  /** Least-squares slope of log(count) over log(rank) for the first ranks. */
  private static double logLogSlope(Map<String, Long> counts, int ranks) {
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int rank = 1; rank <= ranks; rank++) {
      double x = Math.log(rank);
      double y = Math.log(counts.getOrDefault(Hashtags.name(rank), 1L));
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (ranks * sxy - sx * sy) / (ranks * sxx - sx * sx);
  }

  @Test
  void each_planted_burst_is_a_spike_of_its_tag_in_its_city_and_window() {
    List<PlantedBurst> bursts = PlantedBursts.of(CONFIG);
    assertThat(sink.rows(PlantedBurst.DATASET)).isEqualTo(bursts);
    assertThat(bursts).hasSize(PlantedBursts.PER_RUN);
    for (PlantedBurst burst : bursts) {
      Duration window = Duration.between(burst.start(), burst.end());
      long during = tagPostsNear(burst, burst.start(), burst.end());
      long dayBefore =
          tagPostsNear(
              burst,
              burst.start().minus(Duration.ofDays(1)),
              burst.end().minus(Duration.ofDays(1)));
      long later =
          tagPostsNear(burst, burst.end().plus(window), burst.end().plus(window.multipliedBy(2)));
      assertThat(during).as(burst.tag()).isGreaterThanOrEqualTo(burst.posts());
      assertThat(Math.max(dayBefore, later)).as(burst.tag()).isLessThan(burst.posts() / 5);
    }
  }

  private static long tagPostsNear(
      PlantedBurst burst, java.time.Instant from, java.time.Instant to) {
    return sink.rows(Datasets.POSTS).stream()
        .filter(p -> !p.createdAt().isBefore(from) && p.createdAt().isBefore(to))
        .filter(p -> p.text().contains("#" + burst.tag()))
        .map(p -> users.get(p.authorId()))
        .filter(u -> Generated.km(u.lat(), u.lon(), burst.lat(), burst.lon()) < 100)
        .count();
  }

  @Test
  void users_live_around_the_listed_cities() {
    long near =
        users.values().stream()
            .filter(
                u ->
                    Cities.ALL.stream()
                        .anyMatch(
                            c ->
                                Generated.km(u.lat(), u.lon(), c.lat(), c.lon())
                                    < 5 * Cities.SPREAD_KM))
            .count();
    assertThat(near).isEqualTo(users.size());
    Set<String> cities =
        users.values().stream()
            .map(
                u ->
                    Cities.ALL.stream()
                        .min(
                            Comparator.comparingDouble(
                                c -> Generated.km(u.lat(), u.lon(), c.lat(), c.lon())))
                        .orElseThrow()
                        .name())
            .collect(Collectors.toSet());
    assertThat(cities).hasSize(Cities.ALL.size());
  }

  @Test
  void users_engage_mostly_with_a_few_authors_they_follow_and_after_the_post_was_written() {
    Map<Long, Post> posts =
        sink.rows(Datasets.POSTS).stream()
            .collect(Collectors.toMap(Post::postId, Function.identity()));
    List<Engagement> engagements = sink.rows(Datasets.ENGAGEMENTS);
    assertThat(engagements)
        .allMatch(
            e ->
                posts.containsKey(e.postId())
                    && !e.at().isBefore(posts.get(e.postId()).createdAt()));
    Set<List<Long>> follows =
        sink.rows(Datasets.FOLLOWS).stream()
            .map(f -> List.of(f.followerId(), f.followeeId()))
            .collect(Collectors.toSet());
    long ofFollowed =
        engagements.stream()
            .filter(e -> follows.contains(List.of(e.userId(), posts.get(e.postId()).authorId())))
            .count();
    assertThat((double) ofFollowed / engagements.size()).isGreaterThan(0.6);

    Map<Long, Map<Long, Long>> byUserAndAuthor =
        engagements.stream()
            .collect(
                Collectors.groupingBy(
                    Engagement::userId,
                    Collectors.groupingBy(
                        e -> posts.get(e.postId()).authorId(), Collectors.counting())));
    double topAuthorShare =
        byUserAndAuthor.values().stream()
            .filter(authors -> authors.values().stream().mapToLong(Long::longValue).sum() >= 50)
            .mapToDouble(
                authors ->
                    (double) authors.values().stream().max(Long::compare).orElseThrow()
                        / authors.values().stream().mapToLong(Long::longValue).sum())
            .average()
            .orElseThrow();
    assertThat(topAuthorShare).isGreaterThan(0.25);
  }
}
