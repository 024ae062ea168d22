package dev.nightshift.batch.compaction;

import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.batch.support.LakeInputs;
import dev.nightshift.precompute.compaction.versions.RetentionParameters;
import dev.nightshift.precompute.compaction.versions.RetentionReport;
import dev.nightshift.precompute.compaction.versions.StorageRetention;
import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.RowWriter;
import dev.nightshift.precompute.lake.StagedPartition;
import dev.nightshift.precompute.model.Chunk;
import dev.nightshift.precompute.model.FileVersion;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * File-version retention and chunk garbage collection, as precompute's {@link StorageRetention}
 * decides them at the build time: the {@code file_versions} and {@code chunks} snapshots are
 * replaced by the kept rows, each partition in one crash-safe swap. Versions go first: a crash
 * between the two swaps leaves the kept versions in place, and running again keeps the same
 * versions and deletes the same chunks, so the step can simply be repeated.
 */
final class StorageRetentionTasklet implements Tasklet {
  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    JobParameters job = contribution.getStepExecution().getJobParameters();
    BuildParameters build = BuildParameters.of(job);
    RetentionParameters defaults = RetentionParameters.DEFAULTS;
    RetentionParameters parameters = new RetentionParameters(
        (int) BuildParameters.positiveLong(job, CompactionJobConfiguration.KEEP_LAST, defaults.keepLast()),
        Duration.ofDays(BuildParameters.positiveLong(
            job, CompactionJobConfiguration.KEEP_DAYS, defaults.keepYoungerThan().toDays())),
        defaults.chunkGracePeriod());
    try (Lake lake = Lake.open(build.lake())) {
      LocalDate versionsDay = LakeInputs.snapshot(lake, Datasets.FILE_VERSIONS);
      LocalDate chunksDay = LakeInputs.snapshot(lake, Datasets.CHUNKS);
      List<FileVersion> versions = lake.readAll(Datasets.FILE_VERSIONS, versionsDay);
      List<Chunk> chunks = lake.readAll(Datasets.CHUNKS, chunksDay);
      contribution.getStepExecution().setReadCount(versions.size() + chunks.size());
      RetentionReport report = new StorageRetention(parameters).apply(versions, chunks, build.end());
      if (!report.droppedVersions().isEmpty()) {
        replace(lake, Datasets.FILE_VERSIONS, versionsDay, report.keptVersions());
      }
      if (!report.deletableChunks().isEmpty()) {
        replace(lake, Datasets.CHUNKS, chunksDay, report.keptChunks());
      }
      contribution.incrementWriteCount(report.keptVersions().size() + report.keptChunks().size());
      contribution.getStepExecution().setExitStatus(
          ExitStatus.COMPLETED.addExitDescription(report.summary()));
    }
    return RepeatStatus.FINISHED;
  }

  private static <T> void replace(Lake lake, Dataset<T> dataset, LocalDate day, List<T> kept) {
    try (StagedPartition<T> staged = lake.stageReplacement(dataset, day)) {
      try (RowWriter<T> writer = staged.writer(0)) {
        kept.forEach(writer::write);
      }
      staged.commit();
    }
  }
}
