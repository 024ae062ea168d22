package dev.nightshift.batch.standalone;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** What one job execution did, step by step, for a terminal or a task log. */
public record JobRunSummary(
    String job,
    long executionId,
    BatchStatus status,
    String exitDescription,
    List<StepSummary> steps) {

  /** One step's counts and duration. */
  public record StepSummary(
      String name, BatchStatus status, long read, long written, long skipped, Duration duration) {}

  public static JobRunSummary of(JobExecution execution) {
    List<StepSummary> steps =
        execution.getStepExecutions().stream()
            .sorted(Comparator.comparing(StepExecution::getId))
            .map(JobRunSummary::step)
            .toList();
    return new JobRunSummary(
        execution.getJobInstance().getJobName(),
        execution.getId(),
        execution.getStatus(),
        execution.getExitStatus().getExitDescription(),
        steps);
  }

  private static StepSummary step(StepExecution s) {
    Duration duration =
        s.getStartTime() == null || s.getEndTime() == null
            ? Duration.ZERO
            : Duration.between(s.getStartTime(), s.getEndTime());
    return new StepSummary(
        s.getStepName(), s.getStatus(), s.getReadCount(), s.getWriteCount(), s.getSkipCount(), duration);
  }

  public boolean succeeded() {
    return status == BatchStatus.COMPLETED;
  }

  /** One line per step, then the outcome. */
  public String format() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "job %s, execution %d%n", job, executionId));
    for (StepSummary s : steps) {
      text.append(
          String.format(
              Locale.ROOT,
              "  %-36s %-9s read %8d  written %8d  skipped %4d  %7.2f s%n",
              s.name(),
              s.status(),
              s.read(),
              s.written(),
              s.skipped(),
              s.duration().toMillis() / 1000.0));
    }
    text.append(status).append(exitDescription.isBlank() ? "" : ": " + exitDescription);
    return text.toString();
  }
}
