package dev.nightshift.platform.demo;

import dev.nightshift.scheduler.run.RunRef;
import dev.nightshift.scheduler.run.RunState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** What the demo did and where to look next. */
record DemoReport(
    Instant started,
    Set<RunRef> runs,
    Map<RunRef, RunState> outcome,
    Function<RunRef, Instant> finishedAt) {

  boolean allSucceeded() {
    return outcome.size() == runs.size() && outcome.values().stream().allMatch(RunState.SUCCESS::equals);
  }

  void print(PrintWriter out, int port, Path dataDir, boolean staying) {
    out.println();
    for (RunRef run : runs) {
      RunState state = outcome.get(run);
      Instant end = finishedAt.apply(run);
      out.printf("  %-16s %-10s %s%n", run.dagId(),
          state == null ? "unfinished" : state.name().toLowerCase(java.util.Locale.ROOT),
          end == null ? "" : "after " + seconds(Duration.between(started, end)));
    }
    runs.stream().filter(run -> run.dagId().equals("feeds"))
        .filter(run -> outcome.get(run) == RunState.SUCCESS).findFirst()
        .map(finishedAt)
        .ifPresent(end -> out.println("first published feed " + seconds(Duration.between(started, end))
            + " after the command started"));
    String base = "http://localhost:" + port;
    out.println();
    out.println("Try:");
    out.println("  feeds            " + base + "/api/feeds/1");
    out.println("  recommendations  " + base + "/api/recommendations/1");
    out.println("  trends           " + base + "/api/trends?window=1h&region=global");
    out.println("  dashboard        " + base + "/");
    out.println("  REST API         " + base + "/api/v1/dags   (OpenAPI UI: " + base + "/swagger-ui.html)");
    out.println("  metrics          " + base + "/metrics");
    token(dataDir).ifPresent(token -> out.println("  API token        " + token
        + "   (export NIGHTSHIFT_TOKEN=" + token + ")"));
    out.println((allSucceeded() ? "All DAGs published." : "Some DAGs did not succeed: see their logs on the dashboard.")
        + (staying ? " Serving until Ctrl-C." : ""));
    out.flush();
  }

  private static java.util.Optional<String> token(Path dataDir) {
    Path file = dataDir.resolve("api-token");
    try {
      return Files.exists(file) ? java.util.Optional.of(Files.readString(file).strip()) : java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  private static String seconds(Duration duration) {
    return String.format("%.1f s", duration.toMillis() / 1000.0);
  }
}
