package dev.nightshift.batch.support;

import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Gives a job execution a one-line exit description: the reason of a failure (the message of the
 * exception that caused it, which names the path or parameter, without a stack trace), or the
 * exit description of the last step of a successful run (e.g. the sealed serving version).
 */
public final class ExitDescriptions implements JobExecutionListener {

  @Override
  public void afterJob(JobExecution execution) {
    if (execution.getStatus() == BatchStatus.COMPLETED) {
      List<StepExecution> steps = List.copyOf(execution.getStepExecutions());
      steps.stream()
          .filter(s -> s.getEndTime() != null)
          .max(java.util.Comparator.comparing(StepExecution::getEndTime))
          .map(s -> s.getExitStatus().getExitDescription())
          .filter(d -> !d.isBlank())
          .ifPresent(d -> execution.setExitStatus(new ExitStatus(ExitStatus.COMPLETED.getExitCode(), d)));
      return;
    }
    reason(execution.getAllFailureExceptions())
        .ifPresent(
            reason ->
                execution.setExitStatus(
                    new ExitStatus(execution.getExitStatus().getExitCode(), reason)));
  }

  /** The message of the most specific failure: the first one not raised by Spring Batch itself. */
  static java.util.Optional<String> reason(List<Throwable> failures) {
    return failures.stream()
        .map(ExitDescriptions::ownCause)
        .sorted(java.util.Comparator.comparing(ExitDescriptions::isSpringBatch))
        .findFirst()
        .map(t -> t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
  }

  private static Throwable ownCause(Throwable failure) {
    Throwable t = failure;
    while (isSpringBatch(t) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static boolean isSpringBatch(Throwable t) {
    return t.getClass().getName().startsWith("org.springframework.");
  }
}
