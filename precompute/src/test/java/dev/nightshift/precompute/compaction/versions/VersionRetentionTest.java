package dev.nightshift.precompute.compaction.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.precompute.model.FileVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionRetentionTest {
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void keeps_the_last_k_and_everything_younger_than_d_and_nothing_else() {
    VersionRetention retention = retention(2, Duration.ofDays(7));
    List<FileVersion> versions =
        List.of(
            version(1, daysAgo(30)),
            version(2, daysAgo(8)),
            version(3, daysAgo(6)),
            version(4, daysAgo(20)),
            version(5, daysAgo(10)));

    RetentionDecision decision = retention.decide(versions, NOW);

    assertThat(decision.kept()).extracting(FileVersion::version).containsExactly(3, 4, 5);
    assertThat(decision.dropped()).extracting(FileVersion::version).containsExactly(1, 2);
  }

  @Test
  void a_version_exactly_d_old_is_not_younger_than_d_but_one_a_millisecond_younger_is() {
    VersionRetention retention = retention(1, Duration.ofDays(7));
    List<FileVersion> versions =
        List.of(
            version(1, NOW.minus(Duration.ofDays(7))),
            version(2, NOW.minus(Duration.ofDays(7)).plusMillis(1)),
            version(3, daysAgo(100)));

    RetentionDecision decision = retention.decide(versions, NOW);

    assertThat(decision.kept()).extracting(FileVersion::version).containsExactly(2, 3);
    assertThat(decision.dropped()).extracting(FileVersion::version).containsExactly(1);
  }

  @Test
  void with_k_one_and_no_young_versions_only_the_newest_survives() {
    VersionRetention retention = retention(1, Duration.ZERO);
    List<FileVersion> versions =
        List.of(version(3, daysAgo(1)), version(1, daysAgo(3)), version(2, daysAgo(2)));

    RetentionDecision decision = retention.decide(versions, NOW);

    assertThat(decision.kept()).extracting(FileVersion::version).containsExactly(3);
    assertThat(decision.dropped()).extracting(FileVersion::version).containsExactly(1, 2);
  }

  @Test
  void the_newest_version_is_kept_even_when_old() {
    RetentionDecision decision =
        retention(1, Duration.ofDays(1)).decide(List.of(version(1, daysAgo(900))), NOW);

    assertThat(decision.kept()).hasSize(1);
    assertThat(decision.dropped()).isEmpty();
  }

  @Test
  void versions_of_several_files_or_a_repeated_version_are_refused() {
    VersionRetention retention = retention(1, Duration.ZERO);
    FileVersion other = new FileVersion(8, 2, NOW, 1, List.of());

    assertThatThrownBy(() -> retention.decide(List.of(version(1, NOW), other), NOW))
        .hasMessage("Versions of files 8 and 7 given together");
    assertThatThrownBy(() -> retention.decide(List.of(version(1, NOW), version(1, NOW)), NOW))
        .hasMessage("File 7 has version 1 twice");
  }

  @Test
  void keep_last_below_one_is_refused_with_its_name() {
    assertThatThrownBy(() -> new RetentionParameters(0, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retention.keepLast must be >= 1, was 0");
  }

  private static VersionRetention retention(int keepLast, Duration keepYoungerThan) {
    return new VersionRetention(new RetentionParameters(keepLast, keepYoungerThan, Duration.ZERO));
  }

  private static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  private static FileVersion version(int version, Instant createdAt) {
    return new FileVersion(7, version, createdAt, 100, List.of("h" + version));
  }
}
