package dev.nightshift.precompute.compaction.versions;

import static dev.nightshift.precompute.compaction.versions.ServingVersionState.CURRENT;
import static dev.nightshift.precompute.compaction.versions.ServingVersionState.PUBLISHED;
import static dev.nightshift.precompute.compaction.versions.ServingVersionState.REJECTED;
import static dev.nightshift.precompute.compaction.versions.ServingVersionState.STAGING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServingRetentionTest {
  @Test
  void keeps_current_the_previous_published_and_the_last_n() {
    List<ServingVersion> versions =
        List.of(
            v(1, PUBLISHED),
            v(2, PUBLISHED),
            v(3, PUBLISHED),
            v(4, CURRENT),
            v(5, REJECTED),
            v(6, REJECTED));

    assertThat(new ServingRetention(2).toDrop(versions))
        .extracting(ServingVersion::version)
        .containsExactly(1L, 2L);
  }

  @Test
  void the_current_version_is_never_dropped_even_with_nothing_else_kept() {
    List<ServingVersion> versions =
        List.of(v(3, REJECTED), v(1, CURRENT), v(2, REJECTED), v(4, REJECTED));

    assertThat(new ServingRetention(0).toDrop(versions))
        .extracting(ServingVersion::version)
        .containsExactly(2L, 3L, 4L);
  }

  @Test
  void a_version_still_staging_is_kept_and_the_rollback_target_is_older_than_current() {
    List<ServingVersion> versions =
        List.of(v(1, PUBLISHED), v(2, STAGING), v(3, PUBLISHED), v(5, CURRENT), v(6, PUBLISHED));

    assertThat(new ServingRetention(0).toDrop(versions))
        .extracting(ServingVersion::version)
        .containsExactly(1L, 6L);
  }

  @Test
  void two_current_versions_are_refused() {
    assertThatThrownBy(() -> new ServingRetention(1).toDrop(List.of(v(1, CURRENT), v(2, CURRENT))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Only one serving version can be current");
  }

  private static ServingVersion v(long version, ServingVersionState state) {
    return new ServingVersion(version, state);
  }
}
