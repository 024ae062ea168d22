package dev.nightshift.monitoring.pages;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.VersionInfo;
import dev.nightshift.precompute.serving.ServingStoreException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Serving versions per dataset: the current one, the kept history, and a rollback button. */
@RestController
public class ServingPage {
  private final ServingStore store;
  private final WriteToken token;

  public ServingPage(ServingStore store, WriteToken token) {
    this.store = store;
    this.token = token;
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

  /** Makes the previous published version current again; needs the bearer token. */
  @PostMapping(path = "/ui/serving/{dataset}/rollback", produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> rollback(@PathVariable String dataset,
      @RequestHeader(name = "Authorization", required = false) String authorization) {
    token.check(authorization);
    ServingDataset which;
    try {
      which = ServingDataset.ofStoredName(dataset);
    } catch (IllegalArgumentException unknown) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown.getMessage());
    }
    try {
      return Map.of("dataset", dataset, "current", store.rollback(which));
    } catch (ServingStoreException refused) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, refused.getMessage());
    }
  }

  private static List<VersionInfo> newestFirst(List<VersionInfo> oldestFirst) {
    List<VersionInfo> copy = new java.util.ArrayList<>(oldestFirst);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
