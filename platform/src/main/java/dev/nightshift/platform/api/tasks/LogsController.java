package dev.nightshift.platform.api.tasks;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.platform.api.ApiConfiguration;
import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.platform.api.problem.FieldProblem;
import dev.nightshift.platform.api.runs.RunLookup;
import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dispatch.LogFiles.LogChunk;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskTry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A try's log from a byte offset. {@code next_offset} is where to read on; {@code end_of_log} says
 * the try has ended and everything was read, so a follower can stop.
 */
@RestController
@RequestMapping(
    ApiConfiguration.BASE + "/dags/{dag_id}/dagRuns/{dag_run_id}/taskInstances/{task_id}/logs")
@Tag(name = "TaskInstance")
class LogsController {
  static final int MAX_CHUNK = 1024 * 1024;

  private final NightshiftScheduler scheduler;
  private final RunLookup lookup;

  LogsController(NightshiftScheduler scheduler, RunLookup lookup) {
    this.scheduler = scheduler;
    this.lookup = lookup;
  }

  record LogJson(
      @JsonProperty("content") String content,
      @JsonProperty("offset") long offset,
      @JsonProperty("next_offset") long nextOffset,
      @JsonProperty("continuation_token") String continuationToken,
      @JsonProperty("size") long size,
      @JsonProperty("end_of_log") boolean endOfLog) {}

  @GetMapping("/{try_number}")
  @Operation(summary = "Part of a try's log from a byte offset, for reading and following")
  LogJson read(
      @PathVariable("dag_id") String dagId,
      @PathVariable("dag_run_id") String runId,
      @PathVariable("task_id") String taskId,
      @PathVariable("try_number") int tryNumber,
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(name = "max_bytes", defaultValue = "65536") int maxBytes) {
    TaskInstance task = lookup.task(dagId, runId, taskId);
    if (offset < 0) {
      throw ApiException.invalid(FieldProblem.parameter("offset", "must be 0 or more"));
    }
    if (maxBytes < 1 || maxBytes > MAX_CHUNK) {
      throw ApiException.invalid(
          FieldProblem.parameter("max_bytes", "must be between 1 and " + MAX_CHUNK));
    }
    TaskTry attempt =
        scheduler.tries(task.ref()).stream()
            .filter(t -> t.tryNumber() == tryNumber)
            .findFirst()
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "task '"
                            + taskId
                            + "' of run '"
                            + runId
                            + "' has no try "
                            + tryNumber
                            + " (it has "
                            + task.tryNumber()
                            + ")"));
    LogChunk chunk = read(task, tryNumber, offset, maxBytes);
    boolean ended = attempt.endedAt() != null && chunk.nextOffset() >= chunk.size();
    return new LogJson(
        chunk.text(),
        Math.min(offset, chunk.size()),
        chunk.nextOffset(),
        Long.toString(chunk.nextOffset()),
        chunk.size(),
        ended);
  }

  /** A try that has only just started may not have written its log file yet. */
  private LogChunk read(TaskInstance task, int tryNumber, long offset, int maxBytes) {
    try {
      return scheduler.readLog(task.ref(), tryNumber, offset, maxBytes);
    } catch (IllegalArgumentException noFileYet) {
      return new LogChunk("", 0, 0);
    }
  }
}
