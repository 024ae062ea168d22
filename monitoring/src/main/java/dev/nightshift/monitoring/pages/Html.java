package dev.nightshift.monitoring.pages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/** The pages' shared frame and the escaping every value goes through. */
final class Html {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Html() {}

  /** A whole page: header with navigation and the token field, then {@code body}. */
  static String page(String title, String body) {
    return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · Nightshift</title>
        <link rel="stylesheet" href="/nightshift/pages.css">
        <script src="/nightshift/pages.js" defer></script>
        </head><body>
        <header><a class="brand" href="/">Nightshift</a>
        <nav><a href="/">DAGs</a><a href="/ui/backfills">Backfills</a><a href="/ui/cpu">CPU</a><a href="/ui/serving">Serving</a>
        <a href="/metrics">Metrics</a></nav>
        <label class="token">API token <input id="token" type="password" autocomplete="off"
         placeholder="paste to enable buttons"></label></header>
        <main><h1>%s</h1>
        <p id="message" role="status"></p>
        %s
        </main></body></html>
        """.formatted(text(title), text(title), body);
  }

  static String text(Object value) {
    return value == null ? "" : HtmlUtils.htmlEscape(value.toString());
  }

  static String segment(String value) {
    return UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  static String param(String value) {
    return UriUtils.encodeQueryParam(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  static String time(Instant at) {
    return at == null ? "—" : TIME.format(at);
  }

  static String duration(Instant from, Instant to) {
    if (from == null) {
      return "—";
    }
    Duration d = Duration.between(from, to == null ? Instant.now() : to);
    long ms = d.toMillis();
    return ms < 10_000 ? String.format("%.1f s", ms / 1000.0)
        : ms < 3_600_000 ? (ms / 60_000) + " min " + (ms / 1000 % 60) + " s"
        : d.toHours() + " h " + d.toMinutesPart() + " min";
  }

  /** A state as a coloured badge; the colour comes from the stylesheet's {@code state-*} classes. */
  static String state(String state) {
    return state == null ? "<span class=\"state none\">none</span>"
        : "<span class=\"state state-" + text(state) + "\">" + text(state) + "</span>";
  }

  static String runLink(String dagId, String runId) {
    return "/ui/dags/" + segment(dagId) + "/runs/" + segment(runId);
  }
}
