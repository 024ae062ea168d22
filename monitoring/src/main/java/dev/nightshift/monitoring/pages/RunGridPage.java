package dev.nightshift.monitoring.pages;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dag.DagFileParser;
import dev.nightshift.scheduler.dag.TaskSpec;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.schedule.DataInterval;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A DAG's latest runs as a grid: one column per run (newest left), one row per task; then its
 * next scheduled runs.
 */
@RestController
public class RunGridPage {
  static final int RUNS_SHOWN = 25;
  static final int NEXT_RUNS_SHOWN = 10;

  private final NightshiftScheduler scheduler;

  public RunGridPage(NightshiftScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @GetMapping(path = "/ui/dags/{dagId}", produces = MediaType.TEXT_HTML_VALUE)
  public String grid(@PathVariable String dagId) {
    if (scheduler.dags().stream().noneMatch(d -> d.dagId().equals(dagId))) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no DAG '" + dagId + "'");
    }
    List<DagRun> runs = scheduler.runs(dagId, RUNS_SHOWN);
    List<Map<String, TaskInstance>> tasksOfRuns = new ArrayList<>();
    Set<String> taskIds = new LinkedHashSet<>();
    scheduler.dag(dagId).ifPresent(d -> d.tasks().stream().map(TaskSpec::taskId).forEach(taskIds::add));
    for (DagRun run : runs) {
      Map<String, TaskInstance> byTask = scheduler.taskInstances(dagId, run.runId()).stream()
          .collect(Collectors.toMap(TaskInstance::taskId, Function.identity()));
      taskIds.addAll(byTask.keySet());
      tasksOfRuns.add(byTask);
    }
    StringBuilder html = new StringBuilder("<table class=\"grid\"><thead><tr><th>task \\ run</th>");
    for (DagRun run : runs) {
      html.append("<th><a href=\"").append(Html.runLink(dagId, run.runId())).append("\" title=\"")
          .append(Html.text(run.runId())).append("\">").append(Html.state(run.state().apiName()))
          .append("<br><small>").append(Html.time(run.logicalDate())).append("</small></a></th>");
    }
    html.append("</tr></thead><tbody>");
    for (String taskId : taskIds) {
      html.append("<tr><th>").append(Html.text(taskId)).append("</th>");
      for (int i = 0; i < runs.size(); i++) {
        TaskInstance task = tasksOfRuns.get(i).get(taskId);
        html.append("<td>").append(task == null ? "" : cell(task)).append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table>");
    if (runs.isEmpty()) {
      html.append("<p>No runs yet.</p>");
    }
    String header = "<p><button class=\"trigger\" data-dag=\"" + Html.text(dagId)
        + "\">Trigger</button></p>";
    return Html.page("DAG " + dagId, header + html + nextRuns(dagId));
  }

  /** The schedule's next runs, so a user can check it before it fires. */
  private String nextRuns(String dagId) {
    List<DataInterval> next = scheduler.upcomingRuns(dagId, NEXT_RUNS_SHOWN);
    if (next.isEmpty()) {
      return "<h2>Next runs</h2><p>None scheduled.</p>";
    }
    ZoneId zone = scheduler.dag(dagId).map(d -> d.timezone()).orElse(DagFileParser.UTC);
    StringBuilder html = new StringBuilder("<h2>Next runs</h2><table class=\"next-runs\"><thead><tr>"
        + "<th>data interval start (UTC)</th><th>data interval end (UTC)</th>"
        + "<th>run after (UTC)</th><th>run after (" + Html.text(zone.getId()) + ")</th></tr></thead><tbody>");
    for (DataInterval interval : next) {
      html.append("<tr><td>").append(interval.start()).append("</td><td>").append(interval.end())
          .append("</td><td>").append(interval.runAfter()).append("</td><td>")
          .append(Html.text(interval.runAfter().atZone(zone).toOffsetDateTime())).append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  private static String cell(TaskInstance task) {
    String state = task.state().apiName();
    String href = task.tryNumber() > 0 ? LogPage.link(task.ref(), task.tryNumber()) : "#";
    return "<a class=\"cell state-" + Html.text(state) + "\" href=\"" + href + "\" title=\""
        + Html.text(task.taskId() + ": " + state) + "\">&nbsp;</a>";
  }
}
