package dev.nightshift.precompute.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where the generator plants hashtag bursts: {@value #PER_RUN} per run, each a mid-popular tag
 * (rank {@value #MIN_RANK} to {@value #MAX_RANK}, so the spike stands out against the tag's own
 * baseline) posted in one of the {@value #BIG_CITIES} biggest cities during 2 to 4 hours of one
 * day.
 */
public final class PlantedBursts {
  static final int PER_RUN = 3;
  static final int MIN_RANK = 50;
  static final int MAX_RANK = 500;

  /** Big cities have users at every scale, and that is where trends are watched. */
  static final int BIG_CITIES = 15;

  private static final int POSTS_AT_SCALE_ONE = 2_000;
  private static final int MIN_POSTS = 30;

  private PlantedBursts() {}

  /** The bursts of {@code nightshift generate} without {@code --end-date}. */
  public static List<PlantedBurst> of(long seed, double scale, int days) {
    return of(GeneratorConfig.endingYesterday(scale, days, seed));
  }

  public static List<PlantedBurst> of(long seed, double scale, int days, LocalDate endDate) {
    return of(new GeneratorConfig(scale, days, seed, endDate));
  }

  public static List<PlantedBurst> of(GeneratorConfig config) {
    SplittableRandom random = Mix.random(config.seed(), "bursts");
    List<LocalDate> dates = config.dates();
    int posts = (int) Math.max(MIN_POSTS, Math.round(POSTS_AT_SCALE_ONE * config.scale()));
    List<PlantedBurst> bursts = new ArrayList<>(PER_RUN);
    for (int i = 0; i < PER_RUN; i++) {
      // distinct cities and tags keep each burst's ground truth unambiguous
      City city = Cities.ALL.get(random.nextInt(BIG_CITIES / PER_RUN) * PER_RUN + i);
      int rank =
          MIN_RANK
              + i * ((MAX_RANK - MIN_RANK) / PER_RUN)
              + random.nextInt((MAX_RANK - MIN_RANK) / PER_RUN);
      LocalDate day = dates.get(random.nextInt(dates.size()));
      Instant start =
          day.atStartOfDay()
              .toInstant(ZoneOffset.UTC)
              .plus(Duration.ofHours(8 + random.nextInt(12)));
      Instant end = start.plus(Duration.ofHours(2 + random.nextInt(3)));
      bursts.add(
          new PlantedBurst(
              Hashtags.name(rank), city.name(), city.lat(), city.lon(), start, end, posts));
    }
    return List.copyOf(bursts);
  }

  static int cityIndex(PlantedBurst burst) {
    for (int c = 0; c < Cities.ALL.size(); c++) {
      if (Cities.ALL.get(c).name().equals(burst.city())) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown city " + burst.city());
  }
}
