package dev.nightshift.precompute.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwipeFilterTest {
  private static final int SWIPED = 20_000;
  private static final int NEVER_SWIPED = 500_000;

  @Test
  void every_swipe_is_remembered_and_false_positives_stay_near_the_target_rate() {
    for (double fpp : new double[] {0.01, 0.001}) {
      SwipeFilter filter = SwipeFilter.of(swipedIds(), fpp);

      for (long id : swipedIds()) {
        assertThat(filter.mightHaveSwiped(id)).isTrue();
      }
      long falsePositives = 0;
      for (long id = SWIPED * 2L; id < SWIPED * 2L + NEVER_SWIPED; id++) {
        if (filter.mightHaveSwiped(id)) {
          falsePositives++;
        }
      }
      assertThat((double) falsePositives / NEVER_SWIPED)
          .as("measured false-positive rate at target %s", fpp)
          .isLessThanOrEqualTo(upperBound(fpp, NEVER_SWIPED));
    }
  }

  @Test
  void a_filter_read_back_from_bytes_answers_the_same() {
    SwipeFilter filter = SwipeFilter.of(swipedIds(), 0.01);
    SwipeFilter copy = SwipeFilter.fromBytes(filter.toBytes());

    for (long id = 0; id < 100_000; id += 7) {
      assertThat(copy.mightHaveSwiped(id)).isEqualTo(filter.mightHaveSwiped(id));
    }
    assertThat(copy.sizeBits()).isEqualTo(filter.sizeBits());
  }

  @Test
  void a_user_who_never_swiped_holds_nobody_back() {
    SwipeFilter empty = SwipeFilter.of(List.of(), 0.01);

    for (long id = 0; id < 10_000; id++) {
      assertThat(empty.mightHaveSwiped(id)).isFalse();
    }
  }

  /**
   * The target rate plus four binomial standard deviations of the measurement: a filter sized right
   * stays under it, one sized for half the items would not.
   */
  static double upperBound(double fpp, long trials) {
    return fpp + 4 * Math.sqrt(fpp * (1 - fpp) / trials);
  }

  /** Even ids, as a user's swipes on a sparse id space. */
  private static List<Long> swipedIds() {
    List<Long> ids = new ArrayList<>(SWIPED);
    for (long i = 0; i < SWIPED; i++) {
      ids.add(i * 2);
    }
    return ids;
  }
}
