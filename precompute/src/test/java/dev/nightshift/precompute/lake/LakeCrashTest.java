package dev.nightshift.precompute.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.precompute.model.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeCrashTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @TempDir Path dir;

  @Test
  void a_writer_killed_mid_write_leaves_no_partition_and_a_new_write_succeeds() throws Exception {
    String location = dir.toString();
    Lake.create(location).close();
    Process writer = ChildJvm.start(UnfinishedWriterMain.class, location, DAY.toString(), "6");
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> stagedParquetFiles(dir.resolve("messages/_staging")) >= 7);
    } finally {
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    try (Lake lake = Lake.open(location)) {
      assertThat(lake.exists(Datasets.MESSAGES, DAY)).isFalse();
      assertThat(lake.partitions(Datasets.MESSAGES)).isEmpty();
      assertThat(dir.resolve("messages/dt=" + DAY)).doesNotExist();

      List<Message> rows = SampleRows.messages(3, 4);
      lake.write(Datasets.MESSAGES, DAY, rows);
      assertThat(lake.readAll(Datasets.MESSAGES, DAY)).isEqualTo(rows);

      assertThat(lake.cleanStaleStaging(Duration.ZERO)).isEqualTo(1);
      assertThat(dir.resolve("messages/_staging")).doesNotExist();
    }
  }

  private static long stagedParquetFiles(Path staging) throws IOException {
    if (!Files.isDirectory(staging)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(staging)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count();
    }
  }

  @Test
  void a_replacement_interrupted_after_any_step_shows_the_old_or_the_new_partition_whole()
      throws Exception {
    List<Message> before = SampleRows.messages(4, 5);
    List<Message> after = SampleRows.messages(2, 3);
    for (int crashAfter = 0; crashAfter <= 3; crashAfter++) {
      Path root = dir.resolve("swap-" + crashAfter);
      try (Lake lake = Lake.create(root.toString())) {
        lake.write(Datasets.MESSAGES, DAY, before);
        lake.write(Datasets.MESSAGES, DAY.plusDays(1), after);
        PartitionSwap swap = lake.swapOf(Datasets.MESSAGES, DAY);
        org.apache.hadoop.fs.Path incoming =
            new org.apache.hadoop.fs.Path(root.resolve("messages/dt=" + DAY.plusDays(1)).toUri());
        if (crashAfter >= 1) {
          swap.takeIncoming(incoming);
        }
        if (crashAfter >= 2) {
          swap.moveOldAside();
          // the partition folder is gone for a moment: readers see the new content, whole
          assertThat(lake.readAll(Datasets.MESSAGES, DAY)).isEqualTo(after);
          assertThat(lake.partitions(Datasets.MESSAGES)).contains(DAY);
        }
        if (crashAfter >= 3) {
          swap.moveNewIn();
        }
      }
      try (Lake reopened = Lake.open(root.toString())) {
        assertThat(reopened.readAll(Datasets.MESSAGES, DAY))
            .as("crash after step %d, before recovery", crashAfter)
            .isIn(before, after);
        reopened.recoverSwaps(Duration.ZERO);
        assertThat(reopened.readAll(Datasets.MESSAGES, DAY))
            .as("crash after step %d, recovered", crashAfter)
            .isEqualTo(crashAfter == 0 ? before : after);
        assertThat(root.resolve("messages/_swap")).doesNotExist();
      }
    }
  }

  @Test
  void opening_the_lake_leaves_a_young_swap_to_the_process_running_it() throws Exception {
    List<Message> before = SampleRows.messages(4, 5);
    List<Message> after = SampleRows.messages(2, 3);
    try (Lake lake = Lake.create(dir.toString())) {
      lake.write(Datasets.MESSAGES, DAY, before);
      lake.write(Datasets.MESSAGES, DAY.plusDays(1), after);
      PartitionSwap swap = lake.swapOf(Datasets.MESSAGES, DAY);
      swap.takeIncoming(
          new org.apache.hadoop.fs.Path(dir.resolve("messages/dt=" + DAY.plusDays(1)).toUri()));
      swap.moveOldAside();

      Lake.open(dir.toString()).close(); // another process opening the lake meanwhile

      assertThat(dir.resolve("messages/_swap/dt=" + DAY + "/old")).isDirectory();
      swap.moveNewIn();
      swap.cleanUp();
      assertThat(lake.readAll(Datasets.MESSAGES, DAY)).isEqualTo(after);
    }
  }
}
