package dev.nightshift.monitoring.pages;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.backfill.Backfill;
import dev.nightshift.scheduler.backfill.BackfillState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every backfill, newest first, with its range, status and progress, and buttons to pause, resume
 * and cancel it (they call the REST API with the pasted token).
 */
@RestController
public class BackfillsPage {
  private final NightshiftScheduler scheduler;

  public BackfillsPage(NightshiftScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @GetMapping(path = "/ui/backfills", produces = MediaType.TEXT_HTML_VALUE)
  public String backfills() {
    StringBuilder rows = new StringBuilder();
    List<Backfill> newestFirst = new ArrayList<>(scheduler.backfills());
    Collections.reverse(newestFirst);
    for (Backfill b : newestFirst) {
      rows.append("<tr data-backfill=\"").append(b.id()).append("\"><td>").append(b.id())
          .append("</td><td><a href=\"/ui/dags/").append(Html.segment(b.dagId())).append("\">")
          .append(Html.text(b.dagId())).append("</a></td><td>").append(Html.time(b.from()))
          .append("</td><td>").append(Html.time(b.to())).append("</td><td class=\"status\">")
          .append(Html.text(b.state().apiName())).append("</td><td>").append(b.created())
          .append(" / ").append(b.total() - b.skipped()).append("</td><td>")
          .append(Html.time(b.updatedAt())).append("</td><td class=\"actions\">")
          .append(buttons(b.state())).append("</td></tr>\n");
    }
    String table = """
        <table class="backfills"><thead><tr><th>Id</th><th>DAG</th><th>From</th><th>To</th>
        <th>Status</th><th>Runs created</th><th>Updated</th><th></th></tr></thead><tbody>
        %s</tbody></table>
        """.formatted(rows);
    return Html.page("Backfills", table);
  }

  private static String buttons(BackfillState state) {
    return switch (state) {
      case RUNNING -> button("pause", "Pause") + button("cancel", "Cancel");
      case PAUSED -> button("unpause", "Resume") + button("cancel", "Cancel");
      case COMPLETED, CANCELLED, FAILED -> "";
    };
  }

  private static String button(String action, String label) {
    return "<button class=\"backfill-action\" data-action=\"" + action + "\">" + label
        + "</button>";
  }
}
