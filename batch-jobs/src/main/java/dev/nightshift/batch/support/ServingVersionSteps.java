package dev.nightshift.batch.support;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.StagedVersion;
import dev.nightshift.precompute.serving.VersionStats;
import java.util.Locale;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The hand-off between a rebuild job and the {@code publish} task. The first step stages a new
 * version, with the job's {@code producer} parameter as the version's producer, and records its
 * number in the job execution context as {@value #VERSION}; the chunk steps write into it; the
 * last step seals it and names it in the job's exit description. A restarted execution inherits
 * the context, so it keeps writing into the same version instead of staging another.
 */
public final class ServingVersionSteps {
  public static final String VERSION = "serving.version";
  public static final String DATASET = "serving.dataset";

  private final ServingStore store;
  private final ServingDataset dataset;

  public ServingVersionSteps(ServingStore store, ServingDataset dataset) {
    this.store = store;
    this.dataset = dataset;
  }

  /**
   * Stages the version once {@code check} (which reads and validates the parameters and the lake)
   * has passed, so that a job with bad input stages nothing.
   */
  public Tasklet stage(java.util.function.Consumer<BuildParameters> check) {
    return (contribution, chunkContext) -> {
      StepExecution step = contribution.getStepExecution();
      ExecutionContext job = step.getJobExecution().getExecutionContext();
      BuildParameters parameters = BuildParameters.of(step.getJobParameters());
      check.accept(parameters);
      if (!job.containsKey(VERSION)) {
        try (StagedVersion staged = store.stage(dataset, parameters.producer())) {
          job.putLong(VERSION, staged.version());
          job.putString(DATASET, dataset.storedName());
        }
      }
      step.setExitStatus(
          ExitStatus.COMPLETED.addExitDescription(
              "staged " + dataset + " version " + job.getLong(VERSION)));
      return RepeatStatus.FINISHED;
    };
  }

  public Tasklet seal() {
    return (contribution, chunkContext) -> {
      StepExecution step = contribution.getStepExecution();
      long version = versionOf(step.getJobExecution());
      VersionStats stats = store.seal(dataset, version);
      String description =
          String.format(
              Locale.ROOT,
              "sealed %s version %d: %d documents, mean score %.4f",
              dataset,
              version,
              stats.rows(),
              stats.meanScore());
      step.setExitStatus(ExitStatus.COMPLETED.addExitDescription(description));
      return RepeatStatus.FINISHED;
    };
  }

  public static long versionOf(JobExecution execution) {
    return execution.getExecutionContext().getLong(VERSION);
  }
}
