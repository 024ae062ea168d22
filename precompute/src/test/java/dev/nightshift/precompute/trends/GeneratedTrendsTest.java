package dev.nightshift.precompute.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.GeneratedRows;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.MemorySink;
import dev.nightshift.precompute.generate.PlantedBurst;
import dev.nightshift.precompute.generate.PlantedBursts;
import dev.nightshift.precompute.geo.H3Cells;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.model.Post;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.junit.jupiter.api.Test;

/** Trends on the synthetic generator's data, whose planted bursts are the ground truth. */
class GeneratedTrendsTest {
  private static final GeneratorConfig CONFIG =
      new GeneratorConfig(0.05, 4, 11, LocalDate.of(2026, 11, 24));
  private static final TrendParameters PARAMETERS = TrendParameters.DEFAULTS;

  private final MemorySink generated = GeneratedRows.of(CONFIG);

  @Test
  void every_planted_burst_with_a_full_baseline_tops_its_regions_trends() {
    Instant from =
        CONFIG.firstDate().atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofDays(1));
    AuthorRegions regions =
        AuthorRegions.fromHomes(generated.rows(Datasets.USERS), PARAMETERS.regionResolution());
    List<TrendingTag> trends =
        new TrendBuilder(PARAMETERS)
            .build(generated.rows(Datasets.POSTS), regions, from, CONFIG.end());

    List<PlantedBurst> checked =
        PlantedBursts.of(CONFIG).stream().filter(b -> !b.start().isBefore(from)).toList();
    assertThat(checked).as("bursts after the first day").isNotEmpty();
    for (PlantedBurst burst : checked) {
      long region = H3Cells.cellOf(burst.lat(), burst.lon(), PARAMETERS.regionResolution());
      for (Instant w = burst.start(); w.isBefore(burst.end()); w = w.plus(PARAMETERS.window())) {
        Instant window = w;
        assertThat(
                trends.stream()
                    .filter(
                        t ->
                            t.windowStart().equals(window)
                                && t.regionCell() == region
                                && t.rank() == 1)
                    .map(TrendingTag::tag))
            .as("top tag in %s at %s", burst.city(), window)
            .containsExactly(burst.tag());
      }
    }
  }

  @Test
  void sketches_merged_from_daily_partitions_hold_every_generated_tag_within_bounds() {
    TrendParameters small = PARAMETERS.withMaxMapSize(64);
    Map<String, Long> exact = new HashMap<>();
    List<TagSketches> daily = new ArrayList<>();
    for (LocalDate day : CONFIG.dates()) {
      TagSketches partition = new TagSketches(small);
      for (Post post : generated.rows(Datasets.POSTS, day)) {
        for (String tag : HashtagExtractor.extract(post.text())) {
          partition.add(tag, post.authorId());
          exact.merge(tag, 1L, Long::sum);
        }
      }
      daily.add(partition);
    }
    TagSketches merged = new TagSketches(small);
    daily.forEach(d -> merged.merge(TagSketches.fromBytes(d.toBytes())));

    assertThat(merged.maximumError()).as("estimating, not exact").isPositive();
    double apriori = ItemsSketch.getAprioriError(small.maxMapSize(), merged.streamLength());
    exact.forEach(
        (tag, count) -> {
          assertThat(count).as(tag).isBetween(merged.lowerBound(tag), merged.upperBound(tag));
          assertThat((double) Math.abs(merged.estimate(tag) - count)).as(tag).isLessThan(apriori);
        });
  }
}
