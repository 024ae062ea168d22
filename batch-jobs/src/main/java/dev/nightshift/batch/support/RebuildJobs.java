package dev.nightshift.batch.support;

import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.document.ServingDocument;
import java.util.function.BiConsumer;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the jobs that rebuild a serving dataset, all of one shape:
 *
 * <ol>
 *   <li>{@code <job>.stage}: checks the parameters and the lake, stages a serving version;
 *   <li>{@code <job>.build}: a chunk step over the dataset's keys (user ids, regions) that turns
 *       each key into a document, partitioned by key hash over the worker threads;
 *   <li>{@code <job>.seal}: seals the version and names it in the exit description.
 * </ol>
 */
public final class RebuildJobs {
  private final JobRepository repository;
  private final PlatformTransactionManager transactions;
  private final TaskExecutor workers;
  private final int partitions;
  private final int chunkSize;
  private final ServingStore store;
  private final JobInputsCache inputs;
  private final ObservationRegistry observations;

  public RebuildJobs(
      JobRepository repository,
      PlatformTransactionManager transactions,
      TaskExecutor workers,
      int partitions,
      int chunkSize,
      ServingStore store,
      JobInputsCache inputs,
      ObservationRegistry observations) {
    this.repository = repository;
    this.transactions = transactions;
    this.workers = workers;
    this.partitions = partitions;
    this.chunkSize = chunkSize;
    this.store = store;
    this.inputs = inputs;
    this.observations = observations;
  }

  /** The job for {@code spec}. */
  public <I> Job job(RebuildSpec<I> spec) {
    String name = spec.job();
    ServingVersionSteps version = new ServingVersionSteps(store, spec.dataset());
    PartitionWork<I> work = new PartitionWork<>(spec, store, inputs);
    Step worker =
        new StepBuilder(name + ".build.worker", repository)
            .observationRegistry(observations)
            .<Long, ServingDocument>chunk(chunkSize)
            .transactionManager(transactions)
            .reader(work)
            .processor(work.processor())
            .writer(work.writer())
            .listener((StepExecutionListener) work)
            .build();
    Step build =
        new StepBuilder(name + ".build", repository)
            .observationRegistry(observations)
            .partitioner(worker.getName(), new ModuloPartitioner())
            .step(worker)
            .gridSize(partitions)
            .taskExecutor(workers)
            .build();
    return new JobBuilder(name, repository)
        .validator(new RequiredParametersValidator())
        .listener(inputs)
        .listener(new ExitDescriptions())
        .start(tasklet(name + ".stage", version.stage(parameters -> withLake(parameters, spec.check()))))
        .next(build)
        .next(tasklet(name + ".seal", version.seal()))
        .build();
  }

  /** A one-transaction step. */
  public Step tasklet(String name, org.springframework.batch.core.step.tasklet.Tasklet tasklet) {
    return new StepBuilder(name, repository)
        .observationRegistry(observations)
        .tasklet(tasklet, transactions)
        .build();
  }

  private static void withLake(BuildParameters build, BiConsumer<Lake, BuildParameters> check) {
    try (Lake lake = Lake.open(build.lake())) {
      check.accept(lake, build);
    }
  }
}
