package dev.nightshift.scheduler.runner.batch;

import dev.nightshift.scheduler.runner.InvalidTaskArgsException;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskArgs;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.runner.TaskRunner;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Launches a Spring Batch job through {@link JobOperator}: {@code job} names it, {@code params}
 * (a mapping) become its string job parameters, all identifying, plus {@code producer =
 * <dag_id>/<run_id>} unless given — the label the job puts on the serving version it stages, by
 * which the {@code publish} task of the same run finds it. The handle is the job execution id.
 *
 * <p>A retry launches the same parameters again: Spring Batch restarts the failed execution from
 * its last committed chunk. A job instance that already completed counts as done. An execution
 * that is still {@code STARTED} but was not launched by this process (its process stopped) is
 * marked failed, so that the retry can restart it. Completion is reported by a listener that the
 * runner adds to a job before launching it; executions from before a restart are observed.
 */
public final class BatchRunner implements TaskRunner {
  public static final String TYPE = "batch";
  private static final long PERSIST_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
  private static final long PERSIST_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final JobOperator operator;
  private final JobRepository repository;
  private final JobRegistry registry;
  private final Executor callbacks;
  private final Set<Long> launchedHere = ConcurrentHashMap.newKeySet();
  private final Map<Long, CompletableFuture<Observation>> outcomes = new ConcurrentHashMap<>();
  private final Set<String> listenedTo = ConcurrentHashMap.newKeySet();
  private final JobExecutionListener completion;

  public BatchRunner(
      JobOperator operator, JobRepository repository, JobRegistry registry, Executor callbacks) {
    this.operator = operator;
    this.repository = repository;
    this.registry = registry;
    this.callbacks = callbacks;
    this.completion = new JobExecutionListener() {
      @Override
      public void afterJob(JobExecution execution) {
        // Not filtered by launchedHere: a fast job may end before start() has recorded its id.
        callbacks.execute(() -> completeWhenPersisted(execution.getId()));
      }
    };
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RunHandle start(TaskContext context) {
    TaskArgs args = context.taskArgs();
    String name = args.requiredString("job");
    if (!registry.getJobNames().contains(name)) {
      throw new InvalidTaskArgsException(context.task() + ": argument 'job' names no known job: '"
          + name + "'; known jobs: " + String.join(", ", new java.util.TreeSet<>(registry.getJobNames())));
    }
    Job job = registry.getJob(name);
    listenTo(job);
    JobParameters parameters = parameters(context, args);
    JobExecution last = repository.getLastJobExecution(name, parameters);
    if (last != null && last.isRunning() && !launchedHere.contains(last.getId())) {
      operator.recover(last);
    }
    try {
      JobExecution execution = operator.start(job, parameters);
      launchedHere.add(execution.getId());
      return new RunHandle(TYPE, Long.toString(execution.getId()));
    } catch (JobInstanceAlreadyCompleteException e) {
      JobExecution done = repository.getLastJobExecution(name, parameters);
      return new RunHandle(TYPE, Long.toString(done.getId()));
    } catch (Exception e) {
      throw new InvalidTaskArgsException(context.task() + ": cannot start job " + name + ": " + e.getMessage());
    }
  }

  /** Adds the completion listener before the job's first launch; without it, jobs are observed. */
  private void listenTo(Job job) {
    if (job instanceof AbstractJob listenable && listenedTo.add(job.getName())) {
      listenable.registerJobExecutionListener(completion);
    }
  }

  private static JobParameters parameters(TaskContext context, TaskArgs args) {
    JobParametersBuilder builder = new JobParametersBuilder();
    args.stringMap("params").forEach(builder::addString);
    if (!args.stringMap("params").containsKey("producer")) {
      builder.addString("producer", producerOf(context));
    }
    return builder.toJobParameters();
  }

  /** The producer label of a DAG run: {@code <dag_id>/<run_id>}. */
  public static String producerOf(TaskContext context) {
    return context.task().dagId() + "/" + context.task().runId();
  }

  @Override
  public Observation observe(RunHandle handle) {
    long id = Long.parseLong(handle.externalId());
    JobExecution execution = repository.getJobExecution(id);
    if (execution == null) {
      return Observation.failed(null, "job execution " + id + " is not in the job repository");
    }
    if (!execution.isRunning()) {
      return observation(execution);
    }
    if (!launchedHere.contains(id)) {
      operator.recover(execution);
      return Observation.failed(null, "job execution " + id + " stopped with the process that ran it;"
          + " a retry restarts it from its last committed chunk");
    }
    return new Observation(dev.nightshift.scheduler.run.TaskState.RUNNING, null, JobExecutionDetail.of(execution));
  }

  @Override
  public void cancel(RunHandle handle) {
    try {
      operator.stop(Long.parseLong(handle.externalId()));
    } catch (Exception e) {
      // Not running any more, or unknown: nothing to stop; observe reports the outcome.
    }
  }

  @Override
  public boolean whenDone(RunHandle handle, Consumer<Observation> onDone) {
    long id = Long.parseLong(handle.externalId());
    JobExecution execution = repository.getJobExecution(id);
    boolean listened = execution != null && listenedTo.contains(execution.getJobInstance().getJobName());
    if (execution == null || (execution.isRunning() && !(launchedHere.contains(id) && listened))) {
      return false;
    }
    CompletableFuture<Observation> outcome = outcomes.computeIfAbsent(id, k -> new CompletableFuture<>());
    outcome.thenAcceptAsync(onDone, callbacks).thenRun(() -> outcomes.remove(id));
    if (!execution.isRunning()) {
      outcome.complete(observation(execution));
    }
    return true;
  }

  /**
   * Called after the job's listeners ran but possibly before its final state is saved: waits for
   * that save (a few milliseconds) so the observation carries the final status and description.
   */
  private void completeWhenPersisted(long id) {
    long deadline = System.nanoTime() + PERSIST_TIMEOUT_NANOS;
    JobExecution execution = repository.getJobExecution(id);
    while (execution != null && execution.isRunning() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(PERSIST_WAIT_NANOS);
      execution = repository.getJobExecution(id);
    }
    if (execution != null && !execution.isRunning()) {
      outcomes.computeIfAbsent(id, k -> new CompletableFuture<>()).complete(observation(execution));
    }
  }

  private static Observation observation(JobExecution execution) {
    String detail = JobExecutionDetail.of(execution);
    return JobExecutionDetail.succeeded(execution)
        ? Observation.succeeded(null, detail)
        : Observation.failed(null, detail);
  }
}
