package dev.nightshift.precompute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopNTest {
  private static final Comparator<Integer> LARGEST_FIRST = Comparator.reverseOrder();

  @Test
  void gives_what_sorting_everything_and_cutting_gives_in_any_input_order() {
    Random random = new Random(9);
    for (int round = 0; round < 50; round++) {
      List<Integer> items = new ArrayList<>();
      for (int i = 0; i < random.nextInt(300); i++) {
        items.add(random.nextInt(100));
      }
      int n = 1 + random.nextInt(40);
      List<Integer> sorted = new ArrayList<>(items);
      sorted.sort(LARGEST_FIRST);
      Collections.shuffle(items, random);

      assertThat(TopN.of(items, LARGEST_FIRST, n))
          .isEqualTo(sorted.subList(0, Math.min(n, sorted.size())));
    }
  }

  @Test
  void zero_wanted_gives_nothing() {
    assertThat(TopN.of(List.of(3, 1, 2), LARGEST_FIRST, 0)).isEmpty();
  }
}
