package dev.nightshift.scheduler.runner.batch;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The detail a try shows for a job execution: id, status, exit description, step counts. */
final class JobExecutionDetail {
  private JobExecutionDetail() {}

  static String of(JobExecution execution) {
    String steps =
        execution.getStepExecutions().stream()
            .sorted(Comparator.comparing(StepExecution::getId))
            .map(JobExecutionDetail::step)
            .collect(Collectors.joining("; "));
    String description = execution.getExitStatus().getExitDescription();
    return "job " + execution.getJobInstance().getJobName() + " execution " + execution.getId()
        + " " + execution.getStatus()
        + (description.isBlank() ? "" : ": " + description)
        + (steps.isEmpty() ? "" : " [" + steps + "]");
  }

  private static String step(StepExecution s) {
    double seconds =
        s.getStartTime() == null || s.getEndTime() == null
            ? 0
            : Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0;
    return String.format(
        Locale.ROOT,
        "%s %s read %d written %d skipped %d %.1fs",
        s.getStepName(),
        s.getStatus(),
        s.getReadCount(),
        s.getWriteCount(),
        s.getSkipCount(),
        seconds);
  }

  static boolean succeeded(JobExecution execution) {
    return execution.getStatus() == BatchStatus.COMPLETED;
  }
}
