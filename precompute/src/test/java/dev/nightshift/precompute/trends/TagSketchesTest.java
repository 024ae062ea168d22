package dev.nightshift.precompute.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TagSketchesTest {
  private static final int POSTS = 200_000;
  private static final int PARTITIONS = 4;
  private static final TrendParameters PARAMETERS = TrendParameters.DEFAULTS.withMaxMapSize(256);

  private static final Map<String, Long> exact = new HashMap<>();
  private static final Map<String, Set<Long>> authors = new HashMap<>();
  private static TagSketches merged;

  @BeforeAll
  static void countZipfTagsInPartitions() {
    merged = mergedFromSerialisedPartitions(exact, authors);
  }

  @Test
  void merged_partitions_keep_every_zipf_tag_within_the_sketch_bounds() {
    assertThat(merged.maximumError()).as("the sketch must be estimating, not exact").isPositive();
    assertThat(merged.streamLength()).isEqualTo(POSTS);
    double apriori = ItemsSketch.getAprioriError(PARAMETERS.maxMapSize(), POSTS);
    exact.forEach(
        (tag, count) -> {
          assertThat(count).as(tag).isBetween(merged.lowerBound(tag), merged.upperBound(tag));
          assertThat((double) Math.abs(merged.estimate(tag) - count)).as(tag).isLessThan(apriori);
        });
    assertThat(merged.exactCounts()).isEqualTo(exact);
  }

  @Test
  void unique_authors_per_tag_lie_within_three_standard_deviations() {
    authors.forEach(
        (tag, distinct) ->
            assertThat((double) distinct.size())
                .as(tag)
                .isBetween(
                    merged.uniqueAuthorsLowerBound(tag, 3),
                    merged.uniqueAuthorsUpperBound(tag, 3)));
    assertThat(authors.get("tag0")).hasSizeGreaterThan(1 << PARAMETERS.hllLgK());
  }

  @Test
  void the_heavy_hitters_reported_include_every_tag_above_the_threshold() {
    long threshold = POSTS / 100;

    List<String> reported = new ArrayList<>();
    merged.tagsReaching(threshold).forEach(reported::add);

    exact.forEach(
        (tag, count) -> {
          if (count >= threshold) {
            assertThat(reported).contains(tag);
          }
        });
  }

  @Test
  void sketches_built_with_different_parameters_do_not_merge() {
    TagSketches exactOn = new TagSketches(TrendParameters.DEFAULTS);
    TagSketches exactOff =
        new TagSketches(
            new TrendParameters(TrendParameters.DEFAULTS.window(), 3, 24, 5, 20, 1024, 12, false));

    assertThatThrownBy(() -> exactOn.merge(exactOff))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exact counts true vs false");
  }

  @Test
  void corrupt_bytes_are_reported_as_such() {
    assertThatThrownBy(() -> TagSketches.fromBytes(new byte[] {0, 0, 0, 1, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Tag sketches are truncated or corrupt");
  }

  /** Counts Zipf-distributed tags in partitions, ships each as bytes, merges them. */
  private static TagSketches mergedFromSerialisedPartitions(
      Map<String, Long> exactOut, Map<String, Set<Long>> authorsOut) {
    ZipfTags zipf = new ZipfTags(5_000, 1.1, 42);
    List<TagSketches> partitions = new ArrayList<>();
    for (int p = 0; p < PARTITIONS; p++) {
      partitions.add(new TagSketches(PARAMETERS));
    }
    for (int i = 0; i < POSTS; i++) {
      String tag = zipf.next();
      long author = zipf.nextAuthor(50_000);
      partitions.get(i % PARTITIONS).add(tag, author);
      exactOut.merge(tag, 1L, Long::sum);
      authorsOut.computeIfAbsent(tag, t -> new HashSet<>()).add(author);
    }
    TagSketches result = new TagSketches(PARAMETERS);
    for (TagSketches partition : partitions) {
      result.merge(TagSketches.fromBytes(partition.toBytes()));
    }
    return result;
  }
}
