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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A try's log from a byte offset. {@code next_offset} is where to read on, and Airflow's
 * {@code continuation_token} the same as a token to send back; {@code end_of_log} says the try
 * has ended and everything was read, so a follower can stop. {@code Accept: text/plain} gets the
 * text alone, as from Airflow.
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
  @Operation(summary = "Part of a try's log from a byte offset or continuation token, for reading and following;"
      + " JSON, or the text alone with Accept: text/plain")
  ResponseEntity<?> get(
      @PathVariable("dag_id") String dagId,
      @PathVariable("dag_run_id") String runId,
      @PathVariable("task_id") String taskId,
      @PathVariable("try_number") int tryNumber,
      @RequestParam(defaultValue = "0") long offset,
      @RequestParam(name = "max_bytes", defaultValue = "65536") int maxBytes,
      @RequestParam(required = false) String token,
      @RequestParam(name = "full_content", defaultValue = "false") boolean fullContent,
      @RequestParam(name = "map_index", defaultValue = "-1") int mapIndex,
      @RequestHeader(name = "Accept", required = false) String accept) {
    LogJson log = read(dagId, runId, taskId, tryNumber, offset, maxBytes, token, fullContent, mapIndex);
    boolean text = accept != null && accept.contains(MediaType.TEXT_PLAIN_VALUE) && !accept.contains(MediaType.APPLICATION_JSON_VALUE);
    return text ? ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8)).body(log.content())
        : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(log);
  }

  private LogJson read(
      String dagId, String runId, String taskId, int tryNumber, long offset, int maxBytes,
      String token, boolean fullContent, int mapIndex) {
    TaskInstance task = lookup.task(dagId, runId, taskId);
    if (mapIndex != TaskInstanceJson.NOT_MAPPED) {
      throw ApiException.notFound("task '" + taskId + "' is not mapped: it has no map_index " + mapIndex);
    }
    if (token != null) {
      offset = tokenOffset(token);
    }
    if (fullContent) {
      offset = 0;
      maxBytes = MAX_CHUNK;
    }
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

  /** The token is the byte offset this API handed out as continuation_token. */
  private static long tokenOffset(String token) {
    try {
      long offset = Long.parseLong(token);
      if (offset >= 0) {
        return offset;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw ApiException.invalid(FieldProblem.parameter("token", "is not a continuation_token this API gave"));
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
