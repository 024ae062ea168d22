package dev.nightshift.precompute.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.model.Chunk;
import dev.nightshift.precompute.model.FileVersion;
import dev.nightshift.precompute.model.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeneratedConsistencyTest {
  private static MemorySink sink;

  @BeforeAll
  static void generate() {
    sink = Generated.run(0.01, 3, 8, 2);
  }

  @Test
  void message_seq_numbers_each_conversation_one_by_one_across_days_in_time_order() {
    Map<Long, List<Message>> byConversation =
        sink.rows(Datasets.MESSAGES).stream()
            .collect(Collectors.groupingBy(Message::conversationId));
    assertThat(byConversation).hasSizeGreaterThan(100);
    byConversation.forEach(
        (conversation, messages) -> {
          List<Message> ordered =
              messages.stream().sorted(Comparator.comparingLong(Message::seq)).toList();
          for (int i = 0; i < ordered.size(); i++) {
            assertThat(ordered.get(i).seq()).isEqualTo(i + 1);
            if (i > 0) {
              assertThat(ordered.get(i).sentAt()).isAfterOrEqualTo(ordered.get(i - 1).sentAt());
            }
          }
        });
  }

  @Test
  void chunk_refcounts_equal_the_number_of_versions_naming_each_chunk() {
    List<FileVersion> versions = sink.rows(Datasets.FILE_VERSIONS);
    Map<String, Long> references = new HashMap<>();
    Map<String, Instant> firstUse = new HashMap<>();
    for (FileVersion version : versions) {
      assertThat(new HashSet<>(version.chunkHashes())).hasSameSizeAs(version.chunkHashes());
      for (String hash : version.chunkHashes()) {
        references.merge(hash, 1L, Long::sum);
        firstUse.merge(hash, version.createdAt(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    List<Chunk> chunks = sink.rows(Datasets.CHUNKS);
    Map<String, Chunk> byHash =
        chunks.stream().collect(Collectors.toMap(Chunk::hash, Function.identity()));
    assertThat(byHash).hasSameSizeAs(chunks);
    assertThat(byHash.keySet()).containsAll(references.keySet());
    for (Chunk chunk : chunks) {
      assertThat((long) chunk.refcount())
          .as(chunk.hash())
          .isEqualTo(references.getOrDefault(chunk.hash(), 0L));
      if (firstUse.containsKey(chunk.hash())) {
        assertThat(chunk.createdAt()).isBeforeOrEqualTo(firstUse.get(chunk.hash()));
      }
    }
    for (FileVersion version : versions) {
      assertThat(version.size())
          .isEqualTo(version.chunkHashes().stream().mapToLong(h -> byHash.get(h).size()).sum());
    }
    assertThat(chunks).anyMatch(c -> c.refcount() == 0);
    assertThat(chunks).anyMatch(c -> c.refcount() > 5);
  }

  @Test
  void files_have_a_few_versions_some_old_and_some_young() {
    List<FileVersion> versions = sink.rows(Datasets.FILE_VERSIONS);
    Instant end = Generated.END.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    Map<Long, List<FileVersion>> byFile =
        versions.stream().collect(Collectors.groupingBy(FileVersion::fileId));
    assertThat(byFile.values()).anyMatch(v -> v.size() >= 4).anyMatch(v -> v.size() == 1);
    Set<Integer> counts = new HashSet<>();
    byFile.values().forEach(v -> counts.add(v.size()));
    assertThat(versions).anyMatch(v -> v.createdAt().isBefore(end.minus(Duration.ofDays(365))));
    assertThat(versions).anyMatch(v -> v.createdAt().isAfter(end.minus(Duration.ofDays(7))));
    assertThat(versions).allMatch(v -> v.createdAt().isBefore(end));
    byFile
        .values()
        .forEach(
            v -> {
              List<FileVersion> ordered =
                  v.stream().sorted(Comparator.comparingInt(FileVersion::version)).toList();
              for (int i = 1; i < ordered.size(); i++) {
                assertThat(ordered.get(i).createdAt()).isAfter(ordered.get(i - 1).createdAt());
              }
            });
  }
}
