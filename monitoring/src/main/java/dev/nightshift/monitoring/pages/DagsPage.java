package dev.nightshift.monitoring.pages;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dag.ImportError;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.store.DagRecord;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The front page: every DAG with its paused state, last run, next run, and buttons to pause,
 * unpause and trigger (they call the REST API with the pasted token), then the import errors.
 */
@RestController
public class DagsPage {
  private final NightshiftScheduler scheduler;

  public DagsPage(NightshiftScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  public String dags() {
    StringBuilder rows = new StringBuilder();
    for (DagRecord dag : scheduler.dags()) {
      if (!dag.active()) {
        continue;
      }
      Optional<DagRun> last = scheduler.runs(dag.dagId(), 1).stream().findFirst();
      String id = Html.text(dag.dagId());
      rows.append("<tr data-dag=\"").append(id).append("\">")
          .append("<td><a href=\"/ui/dags/").append(Html.segment(dag.dagId())).append("\">")
          .append(id).append("</a></td>")
          .append("<td class=\"paused\">").append(dag.paused() ? "paused" : "active").append("</td>")
          .append("<td>").append(last.map(r -> "<a href=\"" + Html.runLink(r.dagId(), r.runId())
              + "\">" + Html.state(r.state().apiName()) + "</a> " + Html.time(r.logicalDate()))
              .orElse(Html.state(null))).append("</td>")
          .append("<td>").append(Html.time(dag.nextDueAt())).append("</td>")
          .append("<td class=\"actions\">")
          .append("<button class=\"pause\" data-paused=\"").append(dag.paused()).append("\">")
          .append(dag.paused() ? "Unpause" : "Pause").append("</button>")
          .append("<button class=\"trigger\">Trigger</button></td></tr>\n");
    }
    String table = """
        <table class="dags"><thead><tr><th>DAG</th><th>State</th><th>Last run</th>
        <th>Next run</th><th></th></tr></thead><tbody>
        %s</tbody></table>
        """.formatted(rows);
    return Html.page("DAGs", table + importErrors(scheduler.importErrors()));
  }

  private static String importErrors(List<ImportError> errors) {
    if (errors.isEmpty()) {
      return "<h2>Import errors</h2><p class=\"ok\">none</p>";
    }
    StringBuilder list = new StringBuilder("<h2>Import errors</h2><ul class=\"import-errors\">");
    errors.forEach(e -> list.append("<li><code>").append(Html.text(e.toString())).append("</code></li>"));
    return list.append("</ul>").toString();
  }
}
