package dev.nightshift.monitoring.pages;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.VersionInfo;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serving versions per dataset: the current one, the kept history, and a rollback button that calls
 * the REST API ({@code POST /api/v1/serving/{dataset}/rollback}).
 */
@RestController
public class ServingPage {
  private final ServingStore store;

  public ServingPage(ServingStore store) {
    this.store = store;
  }

  @GetMapping(path = "/ui/serving", produces = MediaType.TEXT_HTML_VALUE)
  public String versions() {
    StringBuilder html = new StringBuilder();
    for (ServingDataset dataset : ServingDataset.values()) {
      OptionalLong current = store.reader().current(dataset);
      List<VersionInfo> versions = store.versions(dataset);
      html.append("<section class=\"dataset\" data-dataset=\"").append(dataset.storedName())
          .append("\"><h2>").append(dataset.storedName()).append("</h2><p>current: <b class=\"current\">")
          .append(current.isPresent() ? "version " + current.getAsLong() : "nothing published")
          .append("</b> <button class=\"rollback\"")
          .append(current.isPresent() ? "" : " disabled")
          .append(">Roll back to the previous version</button></p>");
      html.append("<table><thead><tr><th>version</th><th>state</th><th>created</th><th>producer</th>"
          + "<th>rows</th><th>mean score</th></tr></thead><tbody>");
      for (VersionInfo v : newestFirst(versions)) {
        boolean isCurrent = current.isPresent() && current.getAsLong() == v.version();
        html.append("<tr").append(isCurrent ? " class=\"current\"" : "").append("><td>")
            .append(v.version()).append(isCurrent ? " (current)" : "").append("</td><td>")
            .append(Html.state(v.state().name().toLowerCase(java.util.Locale.ROOT)))
            .append("</td><td>").append(Html.time(v.createdAt())).append("</td><td>")
            .append(Html.text(v.producer())).append("</td><td>")
            .append(v.stats().map(s -> Long.toString(s.rows())).orElse("—")).append("</td><td>")
            .append(v.stats().map(s -> String.format(java.util.Locale.ROOT, "%.3f", s.meanScore()))
                .orElse("—"))
            .append("</td></tr>");
      }
      html.append("</tbody></table></section>");
    }
    return Html.page("Serving versions", html.toString());
  }

  private static List<VersionInfo> newestFirst(List<VersionInfo> oldestFirst) {
    List<VersionInfo> copy = new java.util.ArrayList<>(oldestFirst);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
