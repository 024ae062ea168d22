package dev.nightshift.monitoring.pages;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dispatch.LogFiles.LogChunk;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A try's log. The page shows what is there and, while the try runs, its script asks for what
 * follows from the last offset once a second (only while the page is open).
 */
@RestController
public class LogPage {
  private static final int CHUNK = 256 * 1024;

  private final NightshiftScheduler scheduler;

  public LogPage(NightshiftScheduler scheduler) {
    this.scheduler = scheduler;
  }

  static String link(TaskRef task, int tryNumber) {
    return Html.runLink(task.dagId(), task.runId()) + "/tasks/" + Html.segment(task.taskId())
        + "/log?try=" + tryNumber;
  }

  @GetMapping(path = "/ui/dags/{dagId}/runs/{runId}/tasks/{taskId}/log",
      produces = MediaType.TEXT_HTML_VALUE)
  public String log(@PathVariable String dagId, @PathVariable String runId,
      @PathVariable String taskId, @RequestParam(name = "try", defaultValue = "1") int tryNumber) {
    TaskRef ref = new TaskRef(dagId, runId, taskId);
    LogChunk chunk = scheduler.readLog(ref, tryNumber, 0, CHUNK);
    String body = "<p><a href=\"" + Html.runLink(dagId, runId) + "\">run " + Html.text(runId)
        + "</a> · try " + tryNumber + " · <span id=\"log-state\">" + Html.state(state(ref, tryNumber))
        + "</span></p><pre id=\"log\" data-follow=\"" + Html.text(followUrl(ref, tryNumber))
        + "\" data-offset=\"" + chunk.nextOffset() + "\" data-running=\"" + running(ref, tryNumber)
        + "\">" + Html.text(chunk.text()) + "</pre>";
    return Html.page("Log of " + taskId, body);
  }

  /** What follows {@code offset} in the log, and whether the try still runs. */
  @GetMapping(path = "/ui/log", produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> follow(@RequestParam String dag, @RequestParam String run,
      @RequestParam String task, @RequestParam(name = "try") int tryNumber,
      @RequestParam long offset) {
    TaskRef ref = new TaskRef(dag, run, task);
    LogChunk chunk = scheduler.readLog(ref, tryNumber, offset, CHUNK);
    return Map.of("text", chunk.text(), "nextOffset", chunk.nextOffset(),
        "running", running(ref, tryNumber), "state", state(ref, tryNumber));
  }

  private String state(TaskRef ref, int tryNumber) {
    return scheduler.tries(ref).stream().filter(t -> t.tryNumber() == tryNumber).findFirst()
        .map(t -> t.state().apiName()).orElse("none");
  }

  private boolean running(TaskRef ref, int tryNumber) {
    return state(ref, tryNumber).equals(TaskState.RUNNING.apiName());
  }

  private static String followUrl(TaskRef ref, int tryNumber) {
    return "/ui/log?dag=" + Html.param(ref.dagId()) + "&run=" + Html.param(ref.runId())
        + "&task=" + Html.param(ref.taskId()) + "&try=" + tryNumber;
  }
}
