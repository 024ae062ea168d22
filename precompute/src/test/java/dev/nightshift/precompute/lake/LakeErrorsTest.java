package dev.nightshift.precompute.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.precompute.model.Message;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeErrorsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private static final List<Message> ROWS = SampleRows.messages(5, 400);

  @TempDir Path dir;
  private Path part;

  @BeforeEach
  void writeOnePartition() {
    try (Lake lake = Lake.create(dir.toString())) {
      lake.write(Datasets.MESSAGES, DAY, ROWS);
    }
    part = dir.resolve("messages/dt=" + DAY + "/part-00000.parquet");
  }

  @Test
  void a_truncated_file_is_reported_with_its_path() throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(part.toFile(), "rw")) {
      file.setLength(file.length() / 2);
    }
    Files.deleteIfExists(part.resolveSibling(".part-00000.parquet.crc"));
    assertReadFails(CorruptLakeFileException.class, part.toString());
  }

  @Test
  void a_file_with_corrupt_bytes_is_reported_with_its_path_even_when_its_checksum_matches_nothing()
      throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(part.toFile(), "rw")) {
      file.seek(file.length() / 3);
      file.write(new byte[512]);
    }
    assertReadFails(CorruptLakeFileException.class, part.toString());
  }

  @Test
  void a_file_missing_a_field_names_the_field_and_the_file() {
    Dataset<Message> withoutSeq =
        new Dataset<>(
            "messages",
            SchemaBuilder.record("Message").fields().requiredLong("conversation_id").endRecord(),
            (m, row) -> row.put(0, m.conversationId()),
            row -> null);
    try (Lake lake = Lake.open(dir.toString())) {
      lake.write(withoutSeq, DAY.plusDays(1), ROWS);
      assertThatThrownBy(() -> lake.readAll(Datasets.MESSAGES, DAY.plusDays(1)))
          .isInstanceOf(SchemaMismatchException.class)
          .hasMessageContaining("'seq'")
          .hasMessageContaining("dt=" + DAY.plusDays(1) + "/part-00000.parquet");
    }
  }

  @Test
  void a_field_of_another_type_names_both_types() {
    Dataset<Message> seqAsText =
        new Dataset<>(
            "messages",
            SchemaBuilder.record("Message")
                .fields()
                .requiredLong("conversation_id")
                .requiredString("seq")
                .endRecord(),
            (m, row) -> {
              row.put(0, m.conversationId());
              row.put(1, Long.toString(m.seq()));
            },
            row -> null);
    try (Lake lake = Lake.open(dir.toString())) {
      lake.write(seqAsText, DAY.plusDays(1), ROWS);
      assertThatThrownBy(() -> lake.readAll(Datasets.MESSAGES, DAY.plusDays(1)))
          .isInstanceOf(SchemaMismatchException.class)
          .hasMessageContaining("'seq'")
          .hasMessageContaining("BINARY")
          .hasMessageContaining("INT64");
    }
  }

  @Test
  void a_missing_partition_names_its_path() {
    try (Lake lake = Lake.open(dir.toString())) {
      assertThatThrownBy(() -> lake.readAll(Datasets.POSTS, DAY))
          .isInstanceOf(PartitionNotFoundException.class)
          .hasMessageContaining(dir.resolve("posts/dt=" + DAY).toString());
    }
  }

  @Test
  void a_lake_that_does_not_exist_names_its_path() {
    Path missing = dir.resolve("no-such-lake");
    assertThatThrownBy(() -> Lake.open(missing.toString()))
        .isInstanceOf(LakeNotFoundException.class)
        .hasMessageContaining(missing.toString());
    assertThat(missing).doesNotExist();
  }

  @Test
  void a_committed_partition_is_never_overwritten_by_a_write() {
    try (Lake lake = Lake.open(dir.toString())) {
      assertThatThrownBy(() -> lake.write(Datasets.MESSAGES, DAY, SampleRows.messages(1, 1)))
          .isInstanceOf(PartitionExistsException.class)
          .hasMessageContaining("dt=" + DAY);
      assertThat(lake.readAll(Datasets.MESSAGES, DAY)).isEqualTo(ROWS);
    }
  }

  @Test
  void
      a_staged_write_racing_a_commit_of_the_same_partition_fails_at_commit_and_leaves_no_staging() {
    try (Lake lake = Lake.open(dir.toString());
        StagedPartition<Message> first = lake.stage(Datasets.MESSAGES, DAY.plusDays(2));
        StagedPartition<Message> second = lake.stage(Datasets.MESSAGES, DAY.plusDays(2))) {
      try (RowWriter<Message> w = first.writer(0)) {
        w.write(ROWS.get(0));
      }
      try (RowWriter<Message> w = second.writer(0)) {
        w.write(ROWS.get(1));
      }
      first.commit();
      assertThatThrownBy(second::commit).isInstanceOf(PartitionExistsException.class);
      second.close();
      assertThat(lake.readAll(Datasets.MESSAGES, DAY.plusDays(2))).containsExactly(ROWS.get(0));
      assertThat(dir.resolve("messages/_staging")).doesNotExist();
    }
  }

  @Test
  void an_explicit_replacement_swaps_the_partition_content() {
    try (Lake lake = Lake.open(dir.toString());
        StagedPartition<Message> staged = lake.stageReplacement(Datasets.MESSAGES, DAY)) {
      try (RowWriter<Message> w = staged.writer(0)) {
        w.write(ROWS.get(7));
      }
      staged.commit();
      assertThat(lake.readAll(Datasets.MESSAGES, DAY)).containsExactly(ROWS.get(7));
      assertThat(dir.resolve("messages/_swap")).doesNotExist();
    }
  }

  @Test
  void a_replacement_needs_a_committed_partition() {
    try (Lake lake = Lake.open(dir.toString())) {
      assertThatThrownBy(() -> lake.stageReplacement(Datasets.MESSAGES, DAY.minusDays(1)))
          .isInstanceOf(PartitionNotFoundException.class)
          .hasMessageContaining("dt=" + DAY.minusDays(1));
    }
  }

  private void assertReadFails(Class<? extends LakeException> type, String path) {
    try (Lake lake = Lake.open(dir.toString())) {
      assertThatThrownBy(() -> lake.readAll(Datasets.MESSAGES, DAY))
          .isInstanceOf(type)
          .hasMessageContaining(path);
    }
  }
}
