package dev.nightshift.batch.compaction;

import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.precompute.compaction.versions.LakeStorageRetention;
import dev.nightshift.precompute.compaction.versions.RetentionParameters;
import dev.nightshift.precompute.compaction.versions.RetentionReport;
import dev.nightshift.precompute.lake.Lake;
import java.time.Duration;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * File-version retention and chunk garbage collection at the build time, as precompute's {@link
 * LakeStorageRetention} applies them to the lake; safe to repeat after a crash.
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
      RetentionReport report = new LakeStorageRetention(parameters).apply(lake, build.end());
      int read = report.keptVersions().size() + report.droppedVersions().size()
          + report.keptChunks().size() + report.deletableChunks().size();
      contribution.getStepExecution().setReadCount(read);
      contribution.incrementWriteCount(report.keptVersions().size() + report.keptChunks().size());
      contribution.getStepExecution().setExitStatus(
          ExitStatus.COMPLETED.addExitDescription(report.summary()));
    }
    return RepeatStatus.FINISHED;
  }
}
