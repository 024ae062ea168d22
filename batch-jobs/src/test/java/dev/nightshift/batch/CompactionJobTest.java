package dev.nightshift.batch;

import static dev.nightshift.batch.GeneratedLake.END;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.batch.standalone.JobRunSummary;
import dev.nightshift.batch.standalone.StandaloneJobs;
import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.precompute.compaction.versions.RetentionParameters;
import dev.nightshift.precompute.compaction.versions.RetentionReport;
import dev.nightshift.precompute.compaction.versions.StorageRetention;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.model.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class CompactionJobTest {
  private static final Instant BUILD_TIME = END.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  @TempDir Path dataDir;
  @TempDir Path lakeCopy;

  @Test
  void compaction_merges_the_days_message_files_and_applies_storage_retention_as_precompute_decides() {
    Path lake = GeneratedLake.copy(lakeCopy);
    List<Message> messagesBefore = ReferenceBuilds.range(lake, Datasets.MESSAGES, END, END);
    RetentionReport expected = new StorageRetention(new RetentionParameters(2, Duration.ofDays(30), RetentionParameters.DEFAULTS.chunkGracePeriod())).apply(
        ReferenceBuilds.snapshot(lake, Datasets.FILE_VERSIONS),
        ReferenceBuilds.snapshot(lake, Datasets.CHUNKS), BUILD_TIME);
    int filesBefore;
    try (Lake opened = Lake.open(lake.toString())) {
      filesBefore = opened.files(Datasets.MESSAGES, END).size();
    }

    try (StandaloneJobs jobs = StandaloneJobs.start(Map.of("nightshift.data-dir", dataDir.toString()))) {
      JobRunSummary run = jobs.run("compaction", new JobParametersBuilder(new BuildParameters(
          lake.toString(), END, BUILD_TIME.minusSeconds(86_400), BUILD_TIME, "test").toJobParameters())
          .addString("keep_last", "2").toJobParameters());
      assertThat(run.succeeded()).as(run.format()).isTrue();
      assertThat(run.format()).contains("compaction.files").contains("compaction.storage")
          .contains("compaction.serving");
    }

    try (Lake opened = Lake.open(lake.toString())) {
      assertThat(filesBefore).isGreaterThan(1);
      assertThat(opened.files(Datasets.MESSAGES, END)).hasSize(1);
    }
    List<Message> messagesAfter = ReferenceBuilds.range(lake, Datasets.MESSAGES, END, END);
    assertThat(messagesAfter).containsExactlyInAnyOrderElementsOf(messagesBefore)
        .isSortedAccordingTo(Comparator.comparingLong(Message::conversationId).thenComparingLong(Message::seq));
    assertThat(new HashSet<>(ReferenceBuilds.snapshot(lake, Datasets.FILE_VERSIONS)))
        .isEqualTo(new HashSet<>(expected.keptVersions()));
    assertThat(new HashSet<>(ReferenceBuilds.snapshot(lake, Datasets.CHUNKS)))
        .isEqualTo(new HashSet<>(expected.keptChunks()));
    assertThat(expected.droppedVersions()).isNotEmpty();
    assertThat(expected.deletableChunks()).isNotEmpty();
  }
}
