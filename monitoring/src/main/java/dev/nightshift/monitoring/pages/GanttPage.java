package dev.nightshift.monitoring.pages;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskTry;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** One run: its tasks as bars from start to end on a shared time axis (SVG), and their tries. */
@RestController
public class GanttPage {
  private static final int LABEL_WIDTH = 180;
  private static final int CHART_WIDTH = 720;
  private static final int ROW = 26;

  private final NightshiftScheduler scheduler;

  public GanttPage(NightshiftScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @GetMapping(path = "/ui/dags/{dagId}/runs/{runId}", produces = MediaType.TEXT_HTML_VALUE)
  public String run(@PathVariable String dagId, @PathVariable String runId) {
    DagRun run = scheduler.run(dagId, runId).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "no run '" + runId + "' of DAG '" + dagId + "'"));
    List<TaskInstance> tasks = scheduler.taskInstances(dagId, runId).stream()
        .sorted(Comparator.comparing(TaskInstance::startedAt, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
    String summary = "<p>" + Html.state(run.state().apiName()) + " · logical date "
        + Html.time(run.logicalDate()) + " · started " + Html.time(run.startedAt()) + " · took "
        + Html.duration(run.startedAt(), run.endedAt()) + " · <a href=\"/ui/dags/"
        + Html.segment(dagId) + "\">all runs</a></p>";
    return Html.page("Run " + runId, summary + gantt(run, tasks) + table(tasks));
  }

  /**
   * What ran the task's latest try and how it ended, as its runner says: for a Spark application,
   * its id, state, master and UI.
   */
  private String runner(TaskInstance task) {
    List<TaskTry> tries = scheduler.tries(task.ref());
    if (tries.isEmpty()) {
      return "";
    }
    TaskTry latest = tries.get(tries.size() - 1);
    return Html.text(latest.runnerType() + (latest.detail() == null ? "" : ": " + latest.detail()));
  }

  private static String gantt(DagRun run, List<TaskInstance> tasks) {
    Instant start = tasks.stream().map(TaskInstance::startedAt).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(run.startedAt() != null ? run.startedAt() : run.createdAt());
    Instant end = tasks.stream().map(t -> t.endedAt() != null ? t.endedAt()
            : t.startedAt() != null ? Instant.now() : null)
        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(start);
    double span = Math.max(1, Duration.between(start, end).toMillis());
    int height = ROW * tasks.size() + 24;
    StringBuilder svg = new StringBuilder("<svg class=\"gantt\" role=\"img\" aria-label=\"Gantt chart\""
        + " viewBox=\"0 0 " + (LABEL_WIDTH + CHART_WIDTH + 10) + " " + height + "\" width=\"100%\">");
    for (int i = 0; i < tasks.size(); i++) {
      TaskInstance task = tasks.get(i);
      int y = i * ROW;
      svg.append("<text class=\"label\" x=\"0\" y=\"").append(y + 17).append("\">")
          .append(Html.text(task.taskId())).append("</text>");
      if (task.startedAt() == null) {
        continue;
      }
      Instant taskEnd = task.endedAt() != null ? task.endedAt() : Instant.now();
      double x = LABEL_WIDTH + CHART_WIDTH * Duration.between(start, task.startedAt()).toMillis() / span;
      double w = Math.max(2, CHART_WIDTH * Duration.between(task.startedAt(), taskEnd).toMillis() / span);
      svg.append(String.format(java.util.Locale.ROOT,
          "<rect class=\"bar state-%s\" data-task=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\">"
              + "<title>%s %s</title></rect>",
          Html.text(task.state().apiName()), Html.text(task.taskId()), x, y + 4, w, ROW - 8,
          Html.text(task.taskId()), Html.duration(task.startedAt(), task.endedAt())));
    }
    svg.append(String.format(java.util.Locale.ROOT,
        "<text class=\"axis\" x=\"%d\" y=\"%d\">0 s</text><text class=\"axis\" x=\"%d\" y=\"%d\" "
            + "text-anchor=\"end\">%.1f s</text>",
        LABEL_WIDTH, height - 4, LABEL_WIDTH + CHART_WIDTH, height - 4, span / 1000));
    return svg.append("</svg>").toString();
  }

  private String table(List<TaskInstance> tasks) {
    StringBuilder html = new StringBuilder("<table><thead><tr><th>task</th><th>state</th><th>try</th>"
        + "<th>started</th><th>took</th><th>log</th><th>runner</th></tr></thead><tbody>");
    for (TaskInstance task : tasks) {
      html.append("<tr><td>").append(Html.text(task.taskId())).append("</td><td>")
          .append(Html.state(task.state().apiName())).append("</td><td>").append(task.tryNumber())
          .append("</td><td>").append(Html.time(task.startedAt())).append("</td><td>")
          .append(Html.duration(task.startedAt(), task.endedAt())).append("</td><td>")
          .append(task.tryNumber() > 0
              ? "<a href=\"" + LogPage.link(task.ref(), task.tryNumber()) + "\">log</a>" : "")
          .append("</td><td class=\"runner\">").append(runner(task))
          .append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }
}
