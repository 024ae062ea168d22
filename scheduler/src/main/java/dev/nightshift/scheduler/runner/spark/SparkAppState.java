package dev.nightshift.scheduler.runner.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is known of a submitted application, kept next to the try's log so that it outlives the
 * scheduler: the application id and launcher state (written as the launcher reports them), the
 * Spark UI address (from the driver's log) and the reason of a failure (the driver's last error
 * line).
 */
record SparkAppState(String appId, String state) {
  private static final Pattern UI = Pattern.compile("(?:started at|web UI at) (https?://\\S+)");
  private static final Pattern UI_PORT = Pattern.compile("started service 'SparkUI' on port (\\d+)");
  private static final Pattern REASON =
      Pattern.compile("(FAILED: .*|\\S*(Exception|Error)\\b.*|Error: .*)");

  static final SparkAppState UNKNOWN = new SparkAppState(null, "SUBMITTING");

  /** Replaces the file whole, so that a reader sees the old or the new state. */
  void write(Path file) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, (appId == null ? "" : appId) + "\n" + state + "\n");
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // The state is for display; the outcome comes from the exit code.
    }
  }

  static SparkAppState read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      if (lines.size() < 2) {
        return UNKNOWN;
      }
      return new SparkAppState(lines.get(0).isBlank() ? null : lines.get(0), lines.get(1));
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  /** The Spark UI the driver announced in its log. */
  static Optional<String> uiOf(Path log) {
    List<String> lines = lines(log);
    return lines.stream().map(UI::matcher).filter(Matcher::find).map(m -> m.group(1))
        .reduce((first, second) -> second)
        .or(() -> lines.stream().map(UI_PORT::matcher).filter(Matcher::find)
            .map(m -> "http://localhost:" + m.group(1)).reduce((first, second) -> second));
  }

  /** The driver's last line that names an error, for the failure's detail. */
  static Optional<String> reasonOf(Path log) {
    List<String> lines = lines(log);
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher m = REASON.matcher(lines.get(i));
      if (m.find() && !lines.get(i).startsWith("\tat ")) {
        String reason = lines.get(i).trim();
        return Optional.of(reason.length() > 500 ? reason.substring(0, 500) + "…" : reason);
      }
    }
    return Optional.empty();
  }

  private static List<String> lines(Path log) {
    try {
      return Files.readAllLines(log);
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
  }
}
