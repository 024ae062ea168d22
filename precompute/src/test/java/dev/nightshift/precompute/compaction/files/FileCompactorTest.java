package dev.nightshift.precompute.compaction.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.PartFile;
import dev.nightshift.precompute.model.Engagement;
import dev.nightshift.precompute.model.EngagementKind;
import dev.nightshift.precompute.model.Message;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCompactorTest {
  private static final CompactionTarget TARGET = new CompactionTarget(50 * 1024);

  @TempDir Path dir;

  @Test
  void small_message_files_become_target_sized_files_with_the_same_rows_sorted_by_conversation() {
    List<Message> messages = SmallFiles.messages(20_000, 200);
    try (Lake lake = Lake.create(dir.toString())) {
      SmallFiles.write(lake, messages, 400);
      assertThat(lake.files(Datasets.MESSAGES, SmallFiles.DAY)).hasSize(50);

      CompactionResult result =
          new FileCompactor(lake, TARGET).compact(Datasets.MESSAGES, SmallFiles.DAY);

      List<PartFile> files = lake.files(Datasets.MESSAGES, SmallFiles.DAY);
      assertThat(result.compacted()).isTrue();
      assertThat(result.rows()).isEqualTo(messages.size());
      assertThat(result.filesAfter()).isEqualTo(files.size()).isGreaterThanOrEqualTo(3);
      files
          .subList(0, files.size() - 1)
          .forEach(f -> assertThat(TARGET.fits(f.bytes())).as(f + " fits " + TARGET).isTrue());
      assertThat(files.get(files.size() - 1).bytes())
          .isLessThanOrEqualTo((long) (TARGET.bytes() * 1.2));

      List<Message> after = lake.readAll(Datasets.MESSAGES, SmallFiles.DAY);
      assertThat(RowChecksum.of(after)).isEqualTo(RowChecksum.of(messages));
      assertThat(after).containsExactlyInAnyOrderElementsOf(messages);
      assertThat(after)
          .isSortedAccordingTo(
              Comparator.comparingLong(Message::conversationId).thenComparingLong(Message::seq));
    }
  }

  @Test
  void unsorted_datasets_keep_their_row_order() {
    Instant at = Instant.parse("2026-11-20T10:00:00Z");
    List<Engagement> engagements =
        LongStream.range(0, 20_000)
            .mapToObj(
                i ->
                    new Engagement(
                        i % 313, i * 7, EngagementKind.values()[(int) (i % 4)], at.plusSeconds(i)))
            .toList();
    try (Lake lake = Lake.create(dir.toString())) {
      try (var staged = lake.stage(Datasets.ENGAGEMENTS, SmallFiles.DAY)) {
        try (var writer =
            staged.writer(0, dev.nightshift.precompute.lake.FileRoll.everyRows(500))) {
          engagements.forEach(writer::write);
        }
        staged.commit();
      }
      CompactionResult result =
          new FileCompactor(lake, TARGET).compact(Datasets.ENGAGEMENTS, SmallFiles.DAY);
      assertThat(result.filesBefore()).isEqualTo(40);
      assertThat(result.filesAfter()).isLessThan(result.filesBefore() / 4);
      assertThat(lake.readAll(Datasets.ENGAGEMENTS, SmallFiles.DAY)).isEqualTo(engagements);
    }
  }

  @Test
  void a_partition_without_small_files_is_left_alone() {
    List<Message> messages = SmallFiles.messages(1_000, 10);
    try (Lake lake = Lake.create(dir.toString())) {
      SmallFiles.write(lake, messages, 10_000);
      List<PartFile> before = lake.files(Datasets.MESSAGES, SmallFiles.DAY);
      CompactionResult result =
          new FileCompactor(lake, TARGET).compact(Datasets.MESSAGES, SmallFiles.DAY);
      assertThat(result.compacted()).isFalse();
      assertThat(lake.files(Datasets.MESSAGES, SmallFiles.DAY)).isEqualTo(before);
    }
  }
}
