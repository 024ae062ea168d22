package dev.nightshift.batch.compaction;

import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.batch.support.ExitDescriptions;
import dev.nightshift.precompute.lake.FileRoll;
import dev.nightshift.precompute.lake.LakeInputs;
import dev.nightshift.precompute.serving.RetentionRule;
import dev.nightshift.batch.support.RebuildJobs;
import dev.nightshift.batch.support.RequiredParametersValidator;
import dev.nightshift.precompute.compaction.files.CompactionResult;
import dev.nightshift.precompute.compaction.files.CompactionTarget;
import dev.nightshift.precompute.compaction.files.FileCompactor;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code compaction} job, three steps each safe to repeat after a crash:
 *
 * <ol>
 *   <li>{@code compaction.files}: the day's {@code messages} partition rewritten into files of
 *       {@code target_bytes} (default 128 MB) by precompute's {@link FileCompactor}, swapped in
 *       crash-safely; a partition already compacted is left alone;
 *   <li>{@code compaction.storage}: file-version retention and chunk garbage collection ({@link
 *       StorageRetentionTasklet}), keeping the {@code keep_last} (default 10) newest versions of
 *       each file and every version younger than {@code keep_days} (default 30);
 *   <li>{@code compaction.serving}: serving versions past retention dropped, keeping the {@code
 *       keep_versions} (default 5) newest besides the current one and its rollback target.
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class CompactionJobConfiguration {
  public static final String JOB = "compaction";
  public static final String TARGET_BYTES = "target_bytes";
  /** 128 MB: the block size of HDFS, and large enough that readers open few files. */
  public static final long DEFAULT_TARGET_BYTES = FileRoll.DEFAULT_TARGET_BYTES;
  public static final String KEEP_VERSIONS = "keep_versions";
  public static final String KEEP_LAST = "keep_last";
  public static final String KEEP_DAYS = "keep_days";
  public static final int DEFAULT_KEEP_VERSIONS = RetentionRule.DEFAULT_KEEP_NEWEST;

  @Bean
  public Job compactionJob(JobRepository jobRepository, RebuildJobs jobs, ServingStore batchServingStore) {
    return new JobBuilder(JOB, jobRepository)
        .validator(new RequiredParametersValidator())
        .listener(new ExitDescriptions())
        .start(jobs.tasklet(JOB + ".files", compactFiles()))
        .next(jobs.tasklet(JOB + ".storage", new StorageRetentionTasklet()))
        .next(jobs.tasklet(JOB + ".serving", dropServingVersions(batchServingStore)))
        .build();
  }

  private static Tasklet compactFiles() {
    return (contribution, chunkContext) -> {
      StepExecution step = contribution.getStepExecution();
      BuildParameters build = BuildParameters.of(step.getJobParameters());
      long target = BuildParameters.positiveLong(step.getJobParameters(), TARGET_BYTES, DEFAULT_TARGET_BYTES);
      try (Lake lake = Lake.open(build.lake())) {
        LakeInputs.requirePartition(lake, Datasets.MESSAGES, build.date());
        CompactionResult result =
            new FileCompactor(lake, new CompactionTarget(target)).compact(Datasets.MESSAGES, build.date());
        step.setReadCount(result.rows());
        contribution.incrementWriteCount(result.compacted() ? result.rows() : 0);
        step.setExitStatus(ExitStatus.COMPLETED.addExitDescription(String.format(
            "messages dt=%s: %s, %d files (%d bytes) -> %d files (%d bytes)",
            build.date(), result.compacted() ? "compacted" : "already compact",
            result.filesBefore(), result.bytesBefore(), result.filesAfter(), result.bytesAfter())));
      }
      return RepeatStatus.FINISHED;
    };
  }

  private static Tasklet dropServingVersions(ServingStore store) {
    return (contribution, chunkContext) -> {
      StepExecution step = contribution.getStepExecution();
      int keep = (int) BuildParameters.positiveLong(step.getJobParameters(), KEEP_VERSIONS, DEFAULT_KEEP_VERSIONS);
      List<String> dropped = new ArrayList<>();
      for (ServingDataset dataset : ServingDataset.values()) {
        List<Long> versions = store.dropPastRetention(dataset, keep);
        contribution.incrementWriteCount(versions.size());
        dropped.add(dataset + " " + versions);
      }
      step.setExitStatus(ExitStatus.COMPLETED.addExitDescription(
          "serving versions dropped: " + String.join(", ", dropped)));
      return RepeatStatus.FINISHED;
    };
  }
}
