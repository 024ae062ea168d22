package dev.nightshift.precompute.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The posts of one day, as an index: how many each author wrote and which ids they have. Post ids
 * are {@code epochDay * 10^10 + index}; author {@code a}'s posts take the consecutive indexes after
 * those of authors {@code 1..a-1}; planted-burst posts follow the regular ones. A post's time is a
 * function of its id, so engagements can find it without reading the posts back.
 */
final class DayPosts {
  private static final long IDS_PER_DAY = 10_000_000_000L;
  private static final long MS_PER_DAY = 86_400_000L;

  private final long seed;
  private final LocalDate day;
  private final Instant dayStart;
  private final long[] offsets;
  private final List<PlantedBurst> bursts;

  private DayPosts(long seed, LocalDate day, long[] offsets, List<PlantedBurst> bursts) {
    this.seed = seed;
    this.day = day;
    this.dayStart = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    this.offsets = offsets;
    this.bursts = bursts;
  }

  static DayPosts of(GeneratorConfig config, List<PlantedBurst> allBursts, LocalDate day) {
    int users = config.volumes().users();
    double mean = config.volumes().meanPostsPerUserDay();
    long[] offsets = new long[users + 1];
    for (int author = 1; author <= users; author++) {
      double weight = Draw.paretoWeight(Mix.unit(Mix.hash(config.seed(), "author-weight", author)));
      SplittableRandom random = Mix.random(config.seed(), "post-count", day.toEpochDay(), author);
      offsets[author] = offsets[author - 1] + Draw.poisson(random, mean * weight);
    }
    List<PlantedBurst> bursts = allBursts.stream().filter(b -> b.day().equals(day)).toList();
    return new DayPosts(config.seed(), day, offsets, bursts);
  }

  LocalDate day() {
    return day;
  }

  Instant dayEnd() {
    return dayStart.plusMillis(MS_PER_DAY);
  }

  long regularPosts() {
    return offsets[offsets.length - 1];
  }

  int postsOf(long author) {
    return (int) (offsets[(int) author] - offsets[(int) author - 1]);
  }

  long postId(long author, int nth) {
    return id(offsets[(int) author - 1] + nth);
  }

  List<PlantedBurst> bursts() {
    return bursts;
  }

  long burstPostId(int burst, int nth) {
    long index = regularPosts();
    for (int b = 0; b < burst; b++) {
      index += bursts.get(b).posts();
    }
    return id(index + nth);
  }

  private long id(long index) {
    return day.toEpochDay() * IDS_PER_DAY + index;
  }

  /** A uniformly chosen regular post of the day; -1 if there is none. */
  long anyPost(RandomGenerator random) {
    return regularPosts() == 0 ? -1 : id(random.nextLong(regularPosts()));
  }

  Instant createdAt(long postId) {
    long index = postId - day.toEpochDay() * IDS_PER_DAY;
    SplittableRandom random = Mix.random(seed, "post-time", postId);
    if (index < regularPosts()) {
      return dayStart.plusMillis(Draw.msOfDay(random));
    }
    long nth = index - regularPosts();
    for (PlantedBurst burst : bursts) {
      if (nth < burst.posts()) {
        long window = burst.end().toEpochMilli() - burst.start().toEpochMilli();
        return burst.start().plusMillis(random.nextLong(window));
      }
      nth -= burst.posts();
    }
    throw new IllegalArgumentException("post " + postId + " is not a post of " + day);
  }
}
