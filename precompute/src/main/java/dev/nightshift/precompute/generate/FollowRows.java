package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.RowWriter;
import dev.nightshift.precompute.model.Follow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The follow graph snapshot. Out-degrees are log-normal around the configured mean; followees are
 * the user's favourite authors plus users drawn by popularity, which makes follower counts a power
 * law (the top 1 % of users hold about a fifth of all follows).
 */
final class FollowRows {
  private static final int FOLLOWERS_PER_SLICE = 2_000;
  private static final double DEGREE_SIGMA = 1.0;
  private static final int MAX_FOLLOWS = 5_000;

  /** Popular users get drawn again and again; give up on a user's degree after this many misses. */
  private static final int ATTEMPTS_PER_FOLLOW = 4;

  private FollowRows() {}

  static List<SliceTask> tasks(World world) {
    List<SliceTask> tasks = new ArrayList<>();
    for (SliceTask.Range range : SliceTask.ranges(world.volumes.users(), FOLLOWERS_PER_SLICE)) {
      tasks.add(
          SliceTask.of(
              Datasets.FOLLOWS,
              world.config.endDate(),
              range.slice(),
              range.size() * world.volumes.meanFollowsPerUser(),
              out -> {
                RowWriter<Follow> writer = out.writer(Datasets.FOLLOWS);
                for (long follower = range.first(); follower <= range.last(); follower++) {
                  writeFollows(world, follower, writer);
                }
              }));
    }
    return tasks;
  }

  private static void writeFollows(World world, long follower, RowWriter<Follow> writer) {
    Population population = world.population;
    SplittableRandom random = Mix.random(world.seed(), "follows", follower);
    double mu = Math.log(world.volumes.meanFollowsPerUser()) - DEGREE_SIGMA * DEGREE_SIGMA / 2;
    long wanted = Math.round(Math.exp(mu + DEGREE_SIGMA * random.nextGaussian()));
    int degree = (int) Math.max(1, Math.min(Math.min(MAX_FOLLOWS, population.size() - 1), wanted));
    Set<Long> followees = new LinkedHashSet<>();
    for (int i = 0; i < Population.FAVORITE_AUTHORS && followees.size() < degree; i++) {
      followees.add(population.favoriteAuthor(follower, i));
    }
    for (int attempt = 0;
        followees.size() < degree && attempt < degree * ATTEMPTS_PER_FOLLOW;
        attempt++) {
      long followee = population.popularUser(random);
      if (followee != follower) {
        followees.add(followee);
      }
    }
    Instant end = world.config.end();
    Instant followerSince = population.createdAt(follower);
    for (long followee : followees) {
      Instant since = later(followerSince, population.createdAt(followee));
      long window = end.toEpochMilli() - since.toEpochMilli();
      writer.write(
          new Follow(follower, followee, since.plusMillis(random.nextLong(Math.max(1, window)))));
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
