package dev.nightshift.precompute.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.model.Post;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedColumnsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
  private static final Instant AT = Instant.parse("2026-11-24T10:15:30.123Z");

  @TempDir Path dir;

  @Test
  void posts_read_for_feeds_keep_ids_authors_and_times_and_skip_text_and_media() {
    try (Lake lake = Lake.create(dir.toString())) {
      lake.write(Datasets.POSTS, DAY,
          List.of(new Post(1, 10, AT, "#hello world", "img/1.jpg"), new Post(2, 11, AT, "x", null)));

      try (Stream<Post> posts = lake.readFiles(FeedColumns.POSTS, lake.files(Datasets.POSTS, DAY))) {
        assertThat(posts.toList())
            .containsExactly(new Post(1, 10, AT, "", null), new Post(2, 11, AT, "", null));
      }
    }
  }

  @Test
  void posts_read_for_feeds_cannot_be_written_back() {
    try (Lake lake = Lake.create(dir.toString())) {
      List<Post> posts = List.of(new Post(1, 10, AT, "", null));
      assertThatThrownBy(() -> lake.write(FeedColumns.POSTS, DAY, posts))
          .hasMessageContaining("Datasets.POSTS");
    }
  }
}
