package dev.nightshift.precompute.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nightshift.precompute.lake.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeneratedVolumesTest {
  private static MemorySink small;
  private static MemorySink twice;

  @BeforeAll
  static void generate() {
    small = Generated.run(0.01, 1, 3, 2);
    twice = Generated.run(0.02, 1, 3, 2);
  }

  @Test
  void counts_at_scale_one_hundredth_are_near_the_targets() {
    assertThat(small.rows(Datasets.USERS)).hasSize(1_000);
    assertThat((double) small.rows(Datasets.FOLLOWS).size()).isCloseTo(50_000, within(7_500.0));
    assertThat((double) small.rows(Datasets.POSTS).size()).isCloseTo(10_000, within(1_000.0));
    assertThat(small.rows(Datasets.ENGAGEMENTS)).hasSize(100_000);
    assertThat(small.rows(Datasets.SWIPES)).hasSize(20_000);
    assertThat(small.rows(Datasets.FILES)).hasSize(2_000);
    assertThat((double) small.rows(Datasets.FILE_VERSIONS).size()).isCloseTo(5_000, within(750.0));
    assertThat((double) small.rows(Datasets.MESSAGES).size()).isCloseTo(5_000, within(1_000.0));
  }

  @Test
  void counts_grow_linearly_with_the_scale() {
    for (var dataset : Datasets.ALL) {
      double ratio = (double) twice.rows(dataset).size() / small.rows(dataset).size();
      assertThat(ratio).as(dataset.name()).isCloseTo(2.0, within(0.25));
    }
  }
}
