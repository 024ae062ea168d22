package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.RowWriter;
import dev.nightshift.precompute.model.Post;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The posts of each day: every author's posts of the day (see {@link DayPosts}), then the planted
 * bursts' extra posts by users of the burst's city.
 */
final class PostRows {
  private static final int AUTHORS_PER_SLICE = 5_000;
  private static final double MEDIA_SHARE = 0.4;

  private PostRows() {}

  static List<SliceTask> tasks(World world) {
    List<SliceTask.Range> authors = SliceTask.ranges(world.volumes.users(), AUTHORS_PER_SLICE);
    List<SliceTask> tasks = new ArrayList<>();
    for (LocalDate day : world.config.dates()) {
      for (SliceTask.Range range : authors) {
        long planned = Math.round(range.size() * world.volumes.meanPostsPerUserDay());
        tasks.add(
            SliceTask.of(
                Datasets.POSTS,
                day,
                range.slice(),
                planned,
                out -> writeAuthors(world, out, range.first(), range.last())));
      }
      long burstPosts =
          world.bursts.stream()
              .filter(b -> b.day().equals(day))
              .mapToLong(PlantedBurst::posts)
              .sum();
      tasks.add(
          SliceTask.of(
              Datasets.POSTS, day, authors.size(), burstPosts, out -> writeBursts(world, out)));
    }
    return tasks;
  }

  private static void writeAuthors(World world, SliceOutput out, long first, long last) {
    DayPosts posts = world.posts(out.day());
    SplittableRandom random =
        Mix.random(world.seed(), "posts", out.day().toEpochDay(), out.slice());
    RowWriter<Post> writer = out.writer(Datasets.POSTS);
    for (long author = first; author <= last; author++) {
      for (int nth = 0; nth < posts.postsOf(author); nth++) {
        long id = posts.postId(author, nth);
        writer.write(post(posts, id, author, Texts.post(random, null), random));
      }
    }
  }

  private static void writeBursts(World world, SliceOutput out) {
    DayPosts posts = world.posts(out.day());
    SplittableRandom random = Mix.random(world.seed(), "burst-posts", out.day().toEpochDay());
    RowWriter<Post> writer = out.writer(Datasets.POSTS);
    for (int b = 0; b < posts.bursts().size(); b++) {
      PlantedBurst burst = posts.bursts().get(b);
      int city = PlantedBursts.cityIndex(burst);
      for (int nth = 0; nth < burst.posts(); nth++) {
        long author = world.population.userIn(city, random);
        long id = posts.burstPostId(b, nth);
        writer.write(post(posts, id, author, Texts.post(random, burst.tag()), random));
      }
    }
  }

  private static Post post(
      DayPosts posts, long id, long author, String text, SplittableRandom random) {
    String media = random.nextDouble() < MEDIA_SHARE ? "media/" + id + ".jpg" : null;
    return new Post(id, author, posts.createdAt(id), text, media);
  }
}
