package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.RowWriter;
import dev.nightshift.precompute.model.Engagement;
import dev.nightshift.precompute.model.EngagementKind;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Engagements of each day with that day's posts. Active users engage more; most engagement goes to
 * a user's few favourite authors (whom they follow), the favourite first: the affinity a feed ranks
 * by. Views, which mark a post as seen, are most of the rows.
 */
final class EngagementRows {
  private static final int ROWS_PER_SLICE = 250_000;
  private static final double FAVORITE_SHARE = 0.7;
  private static final int AUTHOR_ATTEMPTS = 4;
  private static final double MEAN_DELAY_MS = 2 * 3_600_000.0;
  private static final EngagementKind[] KINDS = EngagementKind.values();
  private static final double[] KIND_WEIGHTS = Draw.cumulative(new double[] {80, 13, 4, 3});

  private EngagementRows() {}

  static List<SliceTask> tasks(World world) {
    return SliceTask.daily(
        world.config.dates(),
        Datasets.ENGAGEMENTS,
        world.volumes.engagementsPerDay(),
        ROWS_PER_SLICE,
        (out, rows) -> write(world, out, rows));
  }

  private static void write(World world, SliceOutput out, long rows) {
    DayPosts posts = world.posts(out.day());
    if (posts.regularPosts() == 0) {
      return;
    }
    SplittableRandom random =
        Mix.random(world.seed(), "engagements", out.day().toEpochDay(), out.slice());
    RowWriter<Engagement> writer = out.writer(Datasets.ENGAGEMENTS);
    for (long i = 0; i < rows; i++) {
      long user = world.population.activeUser(random);
      long post = pickPost(world, posts, user, random);
      Instant written = posts.createdAt(post);
      long left = posts.dayEnd().toEpochMilli() - written.toEpochMilli();
      long delay = (long) (random.nextExponential() * MEAN_DELAY_MS);
      // engagement stays on the post's day: past midnight it is redrawn within what is left
      Instant at = written.plusMillis(delay < left ? delay : random.nextLong(left));
      EngagementKind kind = KINDS[Draw.weightedIndex(random, KIND_WEIGHTS)];
      writer.write(new Engagement(user, post, kind, at));
    }
  }

  private static long pickPost(World world, DayPosts posts, long user, SplittableRandom random) {
    for (int attempt = 0; attempt < AUTHOR_ATTEMPTS; attempt++) {
      long author =
          random.nextDouble() < FAVORITE_SHARE
              ? world.population.favoriteAuthor(user, favoriteIndex(random))
              : world.population.popularUser(random);
      int count = posts.postsOf(author);
      if (count > 0) {
        return posts.postId(author, random.nextInt(count));
      }
    }
    return posts.anyPost(random);
  }

  /** 0 half of the time, 1 a quarter, ...: the first favourite is the strongest affinity. */
  private static int favoriteIndex(SplittableRandom random) {
    int index = 0;
    while (index < Population.FAVORITE_AUTHORS - 1 && random.nextBoolean()) {
      index++;
    }
    return index;
  }
}
