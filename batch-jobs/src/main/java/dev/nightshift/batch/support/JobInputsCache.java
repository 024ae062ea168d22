package dev.nightshift.batch.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The inputs a job execution loads once and its partitions share (an index of follows, a user
 * list, sketches). The first partition to ask loads them; the others wait for that load. Dropped
 * when the execution ends. A restarted execution loads them again: they are a pure function of
 * the job parameters and the lake.
 */
public final class JobInputsCache implements JobExecutionListener {
  private final Map<Long, Object> byExecution = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  public <T> T get(JobExecution execution, Supplier<T> loader) {
    return (T) byExecution.computeIfAbsent(execution.getId(), id -> loader.get());
  }

  @Override
  public void afterJob(JobExecution execution) {
    byExecution.remove(execution.getId());
  }
}
