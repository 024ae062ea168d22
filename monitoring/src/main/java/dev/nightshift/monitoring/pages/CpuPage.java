package dev.nightshift.monitoring.pages;

import dev.nightshift.monitoring.cpu.CpuComponent;
import dev.nightshift.monitoring.cpu.CpuHistory;
import dev.nightshift.monitoring.cpu.CpuSample;
import dev.nightshift.scheduler.SchedulerSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the CPU goes: a live chart of each component's share of a core over the kept history
 * (drawn by the page's script from {@code /ui/cpu/history}), the totals since start, and the
 * scheduler's tuning knobs with where each value came from.
 */
@RestController
public class CpuPage {
  private final CpuHistory history;
  private final SchedulerSettings settings;

  public CpuPage(CpuHistory history, SchedulerSettings settings) {
    this.history = history;
    this.settings = settings;
  }

  @GetMapping(path = "/ui/cpu", produces = MediaType.TEXT_HTML_VALUE)
  public String cpu() {
    List<CpuSample> samples = history.samples();
    StringBuilder totals = new StringBuilder("<h2>Since start</h2><table class=\"cpu-totals\">"
        + "<thead><tr><th>component</th><th>CPU seconds</th></tr></thead><tbody>");
    if (!samples.isEmpty()) {
      CpuSample last = samples.get(samples.size() - 1);
      for (CpuComponent c : CpuComponent.values()) {
        totals.append("<tr><td><span class=\"swatch c-").append(c.label()).append("\"></span>")
            .append(c.label()).append("</td><td>")
            .append(String.format(java.util.Locale.ROOT, "%.2f", last.seconds(c))).append("</td></tr>");
      }
    }
    totals.append("</tbody></table>");
    StringBuilder knobs = new StringBuilder("<h2>Scheduler tuning</h2><table class=\"knobs\">"
        + "<thead><tr><th>knob</th><th>value</th><th>source</th></tr></thead><tbody>");
    for (SchedulerSettings.Knob knob : settings.knobs()) {
      knobs.append("<tr><td>").append(Html.text(knob.name())).append("</td><td>")
          .append(Html.text(knob.value())).append("</td><td>")
          .append(Html.text(knob.source().name().toLowerCase(java.util.Locale.ROOT)))
          .append("</td></tr>");
    }
    knobs.append("</tbody></table>");
    String chart = "<p>Share of one core per component, sampled every few seconds over the last"
        + " 15 minutes.</p><div id=\"cpu-chart\" data-source=\"/ui/cpu/history\"></div>";
    return Html.page("CPU", chart + totals + knobs);
  }

  /** The kept samples: times in epoch milliseconds, cumulative seconds per component. */
  @GetMapping(path = "/ui/cpu/history", produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Object> samples() {
    List<Long> times = new ArrayList<>();
    Map<String, List<Double>> series = new LinkedHashMap<>();
    for (CpuComponent c : CpuComponent.values()) {
      series.put(c.label(), new ArrayList<>());
    }
    for (CpuSample sample : history.samples()) {
      times.add(sample.at().toEpochMilli());
      for (CpuComponent c : CpuComponent.values()) {
        series.get(c.label()).add(sample.seconds(c));
      }
    }
    return Map.of("times", times, "seconds", series);
  }
}
