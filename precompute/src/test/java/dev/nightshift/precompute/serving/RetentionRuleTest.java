package dev.nightshift.precompute.serving;

import static dev.nightshift.precompute.serving.VersionState.PUBLISHED;
import static dev.nightshift.precompute.serving.VersionState.ROLLED_BACK;
import static dev.nightshift.precompute.serving.VersionState.SEALED;
import static dev.nightshift.precompute.serving.VersionState.STAGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

  @Test
  void keeps_current_the_rollback_target_and_the_newest() {
    List<VersionInfo> versions = versions(PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED);

    assertThat(RetentionRule.versionsToDrop(versions, OptionalLong.of(5), 0))
        .containsExactly(1L, 2L, 3L);
    assertThat(RetentionRule.versionsToDrop(versions, OptionalLong.of(5), 3))
        .containsExactly(1L, 2L);
  }

  @Test
  void the_rollback_target_skips_rolled_back_and_failed_versions() {
    // 1 published, 2 published, 3 sealed but refused, 4 rolled back, current 2 after the rollback.
    List<VersionInfo> versions = versions(PUBLISHED, PUBLISHED, SEALED, ROLLED_BACK);

    assertThat(RetentionRule.versionsToDrop(versions, OptionalLong.of(2), 0)).containsExactly(4L);
  }

  @Test
  void never_drops_a_version_still_being_written_nor_a_newer_candidate() {
    List<VersionInfo> versions = versions(SEALED, PUBLISHED, PUBLISHED, PUBLISHED, STAGED, SEALED);

    assertThat(RetentionRule.versionsToDrop(versions, OptionalLong.of(4), 0))
        .containsExactly(1L, 2L);
  }

  @Test
  void drops_nothing_published_when_nothing_is_current() {
    assertThat(RetentionRule.versionsToDrop(versions(STAGED, SEALED), OptionalLong.empty(), 0))
        .isEmpty();
  }

  @Test
  void a_negative_keep_count_is_refused() {
    assertThatThrownBy(() -> RetentionRule.versionsToDrop(List.of(), OptionalLong.empty(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be >= 0, was -1");
  }

  /** Versions numbered 1, 2, … in the given states. */
  private static List<VersionInfo> versions(VersionState... states) {
    return IntStream.range(0, states.length)
        .mapToObj(
            i ->
                new VersionInfo(
                    ServingDataset.FEEDS,
                    i + 1,
                    states[i],
                    "test",
                    Instant.EPOCH,
                    Optional.empty()))
        .toList();
  }
}
