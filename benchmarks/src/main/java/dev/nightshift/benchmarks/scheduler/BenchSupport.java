package dev.nightshift.benchmarks.scheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the scheduler drivers share: a scratch folder, generated DAG files, percentiles. */
final class BenchSupport {
  private BenchSupport() {}

  /** The drivers measure the scheduler, not the console: log warnings only. */
  static void quietLogs() {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
        org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.WARN);
  }

  /** The machine the figure was taken on: cores and the 1-minute load average. */
  static String machine() {
    String load = "?";
    try {
      load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      // not Linux: the load stays unknown
    }
    return Runtime.getRuntime().availableProcessors() + " cores, load average " + load;
  }

  /** CPU time of the whole process so far: every thread, JIT and GC included. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static Path scratch(String name) throws IOException {
    return Files.createTempDirectory("nightshift-" + name);
  }

  static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code count} DAG files of realistic shapes (an extract → transforms → load pipeline
   * of 4 to 12 shell tasks, params, retries) whose schedules fall due no earlier than tomorrow:
   * hourly, daily and weekly crons and intervals, all starting on the day after tomorrow.
   */
  static Path writeIdleDags(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    String start = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
    List<String> schedules = List.of("\"@hourly\"", "\"@daily\"", "\"15 3 * * *\"",
        "\"0 */6 * * 1-5\"", "\"30 2 * * 0\"", "4h", "1d");
    for (int n = 0; n < count; n++) {
      int tasks = 4 + n % 9;
      StringBuilder yaml = new StringBuilder()
          .append("id: pipeline_").append(n).append('\n')
          .append("description: generated pipeline ").append(n).append('\n')
          .append("tags: [generated, team_").append(n % 7).append("]\n")
          .append("schedule: ").append(schedules.get(n % schedules.size())).append('\n')
          .append("timezone: ").append(n % 2 == 0 ? "UTC" : "Europe/Berlin").append('\n')
          .append("start_date: ").append(start).append('\n')
          .append("params: {top_n: 50, region: {type: string, default: eu}}\n")
          .append("default_args: {retries: 2, retry_delay: 5m, execution_timeout: 1h}\n")
          .append("tasks:\n")
          .append("  - id: extract\n    type: shell\n")
          .append("    args: {command: \"extract --day {{ ds }} --region {{ params.region }}\"}\n");
      for (int t = 1; t < tasks - 1; t++) {
        yaml.append("  - id: transform_").append(t).append("\n    type: shell\n")
            .append("    depends_on: [extract]\n")
            .append("    args: {command: \"transform --part ").append(t)
            .append(" --top {{ params.top_n }}\"}\n");
      }
      yaml.append("  - id: load\n    type: shell\n    depends_on: [");
      for (int t = 1; t < tasks - 1; t++) {
        yaml.append(t > 1 ? ", " : "").append("transform_").append(t);
      }
      yaml.append("]\n    args: {command: \"load --day {{ ds }}\"}\n");
      Files.writeString(dir.resolve("pipeline_" + n + ".yaml"), yaml);
    }
    return dir;
  }

  /** The value below which {@code percent} % of the sorted values lie (nearest rank). */
  static long percentile(List<Long> sorted, double percent) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int rank = (int) Math.ceil(percent / 100 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
