package dev.nightshift.batch.support;

import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.document.ServingDocument;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
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

  public RebuildJobs(
      JobRepository repository,
      PlatformTransactionManager transactions,
      TaskExecutor workers,
      int partitions,
      int chunkSize,
      ServingStore store,
      JobInputsCache inputs) {
    this.repository = repository;
    this.transactions = transactions;
    this.workers = workers;
    this.partitions = partitions;
    this.chunkSize = chunkSize;
    this.store = store;
    this.inputs = inputs;
  }

  /**
   * @param check reads the parameters against the lake and fails, naming the path, when an input
   *     is missing
   * @param reader a step-scoped reader of one partition's keys
   * @param processor a step-scoped processor from key to document; null skips the key
   * @param writer a step-scoped {@link #writer}
   */
  public <K> Job job(
      String name,
      ServingDataset dataset,
      BiConsumer<Lake, BuildParameters> check,
      ItemStreamReader<K> reader,
      ItemProcessor<K, ServingDocument> processor,
      ItemWriter<ServingDocument> writer) {
    ServingVersionSteps version = new ServingVersionSteps(store, dataset);
    Step worker =
        new StepBuilder(name + ".build.worker", repository)
            .<K, ServingDocument>chunk(chunkSize)
            .transactionManager(transactions)
            .reader(reader)
            .processor(processor)
            .writer(writer)
            .build();
    Step build =
        new StepBuilder(name + ".build", repository)
            .partitioner(worker.getName(), new ModuloPartitioner())
            .step(worker)
            .gridSize(partitions)
            .taskExecutor(workers)
            .build();
    return new JobBuilder(name, repository)
        .validator(new RequiredParametersValidator())
        .listener(inputs)
        .listener(new ExitDescriptions())
        .start(tasklet(name + ".stage", version.stage(build1 -> withLake(build1, check))))
        .next(build)
        .next(tasklet(name + ".seal", version.seal()))
        .build();
  }

  /** A one-transaction step. */
  public Step tasklet(String name, org.springframework.batch.core.step.tasklet.Tasklet tasklet) {
    return new StepBuilder(name, repository).tasklet(tasklet, transactions).build();
  }

  /** The writer of one worker step, into the version its job staged. */
  public ItemWriter<ServingDocument> writer(ServingDataset dataset, StepExecution step) {
    return new ServingDocumentWriter(
        store, dataset, ServingVersionSteps.versionOf(step.getJobExecution()));
  }

  /** The inputs of the step's job execution, loaded by the first partition that asks. */
  public <T> T inputs(StepExecution step, Supplier<T> loader) {
    return inputs.get(step.getJobExecution(), loader);
  }

  private static void withLake(BuildParameters build, BiConsumer<Lake, BuildParameters> check) {
    try (Lake lake = Lake.open(build.lake())) {
      check.accept(lake, build);
    }
  }
}
