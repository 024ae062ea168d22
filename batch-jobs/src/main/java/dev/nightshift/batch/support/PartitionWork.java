package dev.nightshift.batch.support;

import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.document.ServingDocument;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The reader, processor and writer of a rebuild job's worker step, shared by its partitions. Each
 * partition runs on its own thread from {@code beforeStep} to {@code afterStep}, so the
 * partition's state (its keys, its position, its writer) is kept per thread.
 */
final class PartitionWork<I> implements ItemStreamReader<Long>, StepExecutionListener {
  private static final Logger LOG = LoggerFactory.getLogger(PartitionWork.class);
  private final RebuildSpec<I> spec;
  private final ServingStore store;
  private final JobInputsCache inputs;
  private final ThreadLocal<Partition<I>> current = new ThreadLocal<>();

  private record Partition<I>(I inputs, KeyListReader<Long> reader, ServingDocumentWriter writer) {}

  PartitionWork(RebuildSpec<I> spec, ServingStore store, JobInputsCache inputs) {
    this.spec = spec;
    this.store = store;
    this.inputs = inputs;
  }

  @Override
  public void beforeStep(StepExecution step) {
    BuildParameters build = BuildParameters.of(step.getJobParameters());
    I shared = inputs.get(step.getJobExecution(), () -> {
      long start = System.nanoTime();
      try (Lake lake = Lake.open(build.lake())) {
        I loaded = spec.load().apply(lake, build);
        LOG.info("Job(name={}, execution={}) read its inputs from {} in {} ms", spec.job(),
            step.getJobExecution().getId(), build.lake(), (System.nanoTime() - start) / 1_000_000);
        return loaded;
      }
    });
    List<Long> keys = spec.keys().apply(shared).stream()
        .filter(key -> ModuloPartitioner.owns(step.getExecutionContext(), key))
        .toList();
    current.set(new Partition<>(shared, new KeyListReader<>(keys), new ServingDocumentWriter(
        store, spec.dataset(), ServingVersionSteps.versionOf(step.getJobExecution()))));
  }

  @Override
  public ExitStatus afterStep(StepExecution step) {
    current.remove();
    return null;
  }

  @Override
  public void open(ExecutionContext context) {
    current.get().reader().open(context);
  }

  @Override
  public void update(ExecutionContext context) {
    current.get().reader().update(context);
  }

  @Override
  public void close() {
    Partition<I> partition = current.get();
    if (partition != null) {
      partition.reader().close();
    }
  }

  @Override
  public Long read() throws Exception {
    return current.get().reader().read();
  }

  ItemProcessor<Long, ServingDocument> processor() {
    return key -> spec.document().apply(current.get().inputs(), key);
  }

  ItemWriter<ServingDocument> writer() {
    return chunk -> current.get().writer().write(chunk);
  }
}
