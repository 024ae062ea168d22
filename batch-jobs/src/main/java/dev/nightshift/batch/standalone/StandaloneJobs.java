package dev.nightshift.batch.standalone;

import dev.nightshift.batch.BatchJobsConfiguration;
import dev.nightshift.batch.support.InvalidJobParameterException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The jobs in a small Spring context of their own — no scheduler, no web server — for running one
 * job from the command line. A job runs on the caller's thread. An execution left {@code STARTED}
 * by a process that died is marked failed first, so that running the same parameters again
 * restarts it from its last committed chunk.
 */
public final class StandaloneJobs implements AutoCloseable {
  private final AnnotationConfigApplicationContext context;

  private StandaloneJobs(AnnotationConfigApplicationContext context) {
    this.context = context;
  }

  /**
   * @param properties settings such as {@code nightshift.data-dir} (see {@link
   *     dev.nightshift.batch.BatchSettings})
   */
  public static StandaloneJobs start(Map<String, Object> properties) {
    Map<String, Object> settings = new HashMap<>(properties);
    settings.put("nightshift.batch.synchronous-launch", "true");
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("standalone", settings));
    context.register(BatchJobsConfiguration.class);
    context.refresh();
    return new StandaloneJobs(context);
  }

  public Set<String> jobNames() {
    return new TreeSet<>(context.getBean(JobRegistry.class).getJobNames());
  }

  /** Runs the job to its end and sums it up; a failed job is a summary, not an exception. */
  public JobRunSummary run(String jobName, JobParameters parameters) {
    if (!jobNames().contains(jobName)) {
      throw new UnknownJobException(
          "unknown job '" + jobName + "'; known jobs: " + String.join(", ", jobNames()));
    }
    Job job = context.getBean(JobRegistry.class).getJob(jobName);
    JobOperator operator = context.getBean(JobOperator.class);
    JobRepository repository = context.getBean(JobRepository.class);
    JobExecution last = repository.getLastJobExecution(jobName, parameters);
    if (last != null && last.isRunning()) {
      // Nothing else runs jobs in this process: the execution belongs to a process that died.
      operator.recover(last);
    }
    try {
      return JobRunSummary.of(operator.start(job, parameters));
    } catch (JobInstanceAlreadyCompleteException e) {
      return JobRunSummary.of(repository.getLastJobExecution(jobName, parameters));
    } catch (InvalidJobParametersException e) {
      throw new InvalidJobParameterException(e.getMessage());
    } catch (JobExecutionAlreadyRunningException | JobRestartException e) {
      throw new IllegalStateException("cannot start job " + jobName + ": " + e.getMessage(), e);
    }
  }

  /** The context's beans, for tests and embedding. */
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
