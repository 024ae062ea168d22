package dev.nightshift.precompute.feeds;

import static dev.nightshift.precompute.lake.Columns.TIMESTAMP;
import static dev.nightshift.precompute.lake.Columns.instant;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.model.Post;

/** The lake's datasets as a feed build reads them: only the columns it uses are decoded. */
public final class FeedColumns {
  /**
   * The {@code posts} dataset without its text and media, the bulk of its bytes: the posts come
   * back with an empty text and no media. For reading only.
   */
  public static final Dataset<Post> POSTS =
      new Dataset<>(
          Datasets.POSTS.name(),
          Datasets.record("Post")
              .requiredLong("post_id")
              .requiredLong("author_id")
              .name("created_at")
              .type(TIMESTAMP)
              .noDefault()
              .endRecord(),
          (post, row) -> {
            throw new UnsupportedOperationException(
                "posts read for feeds lack their text; write posts with Datasets.POSTS");
          },
          row -> new Post((Long) row.get(0), (Long) row.get(1), instant(row.get(2)), "", null));

  private FeedColumns() {}
}
