package dev.nightshift.precompute.compaction.versions;

import static dev.nightshift.precompute.compaction.versions.VersionRetentionTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.model.Chunk;
import dev.nightshift.precompute.model.FileVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StorageRetentionTest {
  private static final Duration GRACE = Duration.ofHours(24);
  private final StorageRetention retention =
      new StorageRetention(new RetentionParameters(1, Duration.ZERO, GRACE));

  @Test
  void a_chunk_only_a_dropped_version_used_is_deleted_and_a_shared_one_is_kept() {
    Instant old = NOW.minus(Duration.ofDays(10));
    List<FileVersion> versions =
        List.of(
            new FileVersion(1, 1, old, 2, List.of("a", "shared")),
            new FileVersion(1, 2, old, 2, List.of("b", "shared")));
    List<Chunk> chunks = List.of(chunk("a", old), chunk("b", old), chunk("shared", old));

    RetentionReport report = retention.apply(versions, chunks, NOW);

    assertThat(report.droppedVersions()).extracting(FileVersion::version).containsExactly(1);
    assertThat(report.deletableChunks()).extracting(Chunk::hash).containsExactly("a");
    assertThat(report.keptChunks()).extracting(Chunk::hash).containsExactly("b", "shared");
    assertThat(report.bytesFreed()).isEqualTo(10);
  }

  @Test
  void an_unreferenced_chunk_is_kept_until_it_is_older_than_the_grace_period() {
    List<Chunk> chunks =
        List.of(
            chunk("fresh", NOW.minusSeconds(60)),
            chunk("exactly", NOW.minus(GRACE)),
            chunk("expired", NOW.minus(GRACE).minusMillis(1)));

    RetentionReport report = retention.apply(List.of(), chunks, NOW);

    assertThat(report.deletableChunks()).extracting(Chunk::hash).containsExactly("expired");
    assertThat(report.unreferencedInGrace())
        .extracting(Chunk::hash)
        .containsExactly("exactly", "fresh");
  }

  @Test
  void a_referenced_chunk_is_never_deleted_on_random_stores() {
    Random random = new Random(17);
    for (int round = 0; round < 20; round++) {
      List<FileVersion> versions = new ArrayList<>();
      List<Chunk> chunks = new ArrayList<>();
      for (int c = 0; c < 300; c++) {
        chunks.add(chunk("c" + c, NOW.minus(Duration.ofHours(random.nextInt(100)))));
      }
      for (long file = 0; file < 40; file++) {
        for (int v = 1; v <= 1 + random.nextInt(8); v++) {
          List<String> hashes = new ArrayList<>();
          for (int k = 0; k < 1 + random.nextInt(5); k++) {
            hashes.add("c" + random.nextInt(300));
          }
          Instant at = NOW.minus(Duration.ofDays(random.nextInt(60)));
          versions.add(new FileVersion(file, v, at, hashes.size(), hashes));
        }
      }
      RetentionParameters parameters =
          new RetentionParameters(
              1 + random.nextInt(3), Duration.ofDays(random.nextInt(30)), GRACE);

      RetentionReport report = new StorageRetention(parameters).apply(versions, chunks, NOW);

      Set<String> referenced = new HashSet<>();
      report.keptVersions().forEach(v -> referenced.addAll(v.chunkHashes()));
      assertThat(report.deletableChunks())
          .allSatisfy(
              c -> {
                assertThat(referenced).doesNotContain(c.hash());
                assertThat(c.createdAt()).isBefore(NOW.minus(GRACE));
              });
      assertThat(report.keptChunks().size() + report.deletableChunks().size())
          .isEqualTo(chunks.size());
      assertThat(report.keptVersions().size() + report.droppedVersions().size())
          .isEqualTo(versions.size());
    }
  }

  @Test
  void a_hash_without_a_chunk_row_is_reported_missing() {
    List<FileVersion> versions = List.of(new FileVersion(1, 1, NOW, 1, List.of("gone")));

    RetentionReport report = retention.apply(versions, List.of(), NOW);

    assertThat(report.missingChunks()).containsExactly("gone");
    assertThat(report.summary()).contains("missing chunks 1");
  }

  private static Chunk chunk(String hash, Instant createdAt) {
    return new Chunk(hash, 10, 1, createdAt);
  }
}
