package dev.nightshift.precompute.compaction.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.precompute.lake.ChildJvm;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.model.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionCrashTest {
  private static final long TINY_TARGET = 8 * 1024;

  @TempDir Path dir;

  @Test
  void a_compaction_killed_while_writing_loses_no_row_and_a_later_one_completes() throws Exception {
    List<Message> messages = SmallFiles.messages(20_000, 500);
    String location = dir.toString();
    try (Lake lake = Lake.create(location)) {
      SmallFiles.write(lake, messages, 400);
    }
    RowChecksum expected = RowChecksum.of(messages);

    Process compaction =
        ChildJvm.start(
            CompactingMain.class, location, SmallFiles.DAY.toString(), Long.toString(TINY_TARGET));
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(5))
          .until(() -> stagedFiles(dir.resolve("messages/_staging")) >= 5);
      assertThat(compaction.isAlive()).as("still compacting when killed").isTrue();
    } finally {
      compaction.destroyForcibly();
      assertThat(compaction.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    try (Lake lake = Lake.open(location)) {
      List<Message> afterCrash = lake.readAll(Datasets.MESSAGES, SmallFiles.DAY);
      assertThat(RowChecksum.of(afterCrash)).isEqualTo(expected);
      assertThat(afterCrash).isEqualTo(messages); // the old files, untouched

      CompactionResult result =
          new FileCompactor(lake, new CompactionTarget(256 * 1024))
              .compact(Datasets.MESSAGES, SmallFiles.DAY);
      assertThat(result.compacted()).isTrue();
      assertThat(RowChecksum.of(lake.readAll(Datasets.MESSAGES, SmallFiles.DAY)))
          .isEqualTo(expected);
      assertThat(lake.cleanStaleStaging(Duration.ZERO)).isEqualTo(1);
    }
  }

  private static long stagedFiles(Path staging) throws IOException {
    if (!Files.isDirectory(staging)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(staging)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).count();
    }
  }
}
