package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.RowWriter;
import dev.nightshift.precompute.model.Swipe;
import dev.nightshift.precompute.model.SwipeDirection;
import dev.nightshift.precompute.model.User;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Swipes of each day between users of the same city, mostly on people of the gender the swiper
 * seeks. Active users swipe more.
 */
final class SwipeRows {
  private static final int ROWS_PER_SLICE = 250_000;
  private static final int CANDIDATE_ATTEMPTS = 3;
  private static final SwipeDirection[] DIRECTIONS = SwipeDirection.values();
  private static final double[] DIRECTION_WEIGHTS = Draw.cumulative(new double[] {40, 55, 5});

  private SwipeRows() {}

  static List<SliceTask> tasks(World world) {
    return SliceTask.daily(
        world.config.dates(),
        Datasets.SWIPES,
        world.volumes.swipesPerDay(),
        ROWS_PER_SLICE,
        (out, rows) -> write(world, out, rows));
  }

  private static void write(World world, SliceOutput out, long rows) {
    Population population = world.population;
    SplittableRandom random =
        Mix.random(world.seed(), "swipes", out.day().toEpochDay(), out.slice());
    Instant dayStart = out.day().atStartOfDay().toInstant(ZoneOffset.UTC);
    RowWriter<Swipe> writer = out.writer(Datasets.SWIPES);
    for (long i = 0; i < rows; i++) {
      User swiper = population.user(population.activeUser(random));
      long swipee = candidate(population, swiper, random);
      SwipeDirection direction = DIRECTIONS[Draw.weightedIndex(random, DIRECTION_WEIGHTS)];
      writer.write(
          new Swipe(swiper.userId(), swipee, direction, dayStart.plusMillis(Draw.msOfDay(random))));
    }
  }

  private static long candidate(Population population, User swiper, SplittableRandom random) {
    int city = population.cityOf(swiper.userId());
    long candidate = swiper.userId();
    for (int attempt = 0; attempt < CANDIDATE_ATTEMPTS; attempt++) {
      candidate = population.userIn(city, random);
      if (candidate != swiper.userId()
          && swiper.seeking().accepts(population.user(candidate).gender())) {
        return candidate;
      }
    }
    return candidate == swiper.userId() ? candidate % population.size() + 1 : candidate;
  }
}
