package dev.nightshift.benchmarks.serving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk over random users' feed URLs and reads requests/s and latency percentiles from its
 * report.
 */
final class Wrk {
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern REQUESTS = Pattern.compile("([0-9]+) requests in");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");

  private final Path wrk;
  private final List<String> prefix;
  private final Path script;

  /** {@code prefix}: a command that runs wrk, such as {@code taskset -c 0}; may be empty. */
  Wrk(Path wrk, List<String> prefix, Path workDir, int users) throws IOException {
    this.wrk = wrk;
    this.prefix = prefix;
    this.script = workDir.resolve("random-users.lua");
    Files.writeString(
        script,
        """
        -- Each request asks for the feed of a random user, the same URL space for both servers.
        math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
        request = function()
          return wrk.format("GET", "/api/feeds/" .. math.random(1, %d))
        end
        """
            .formatted(users));
  }

  /**
   * One run's figures; {@code cpuMicrosPerRequest} is the CPU the server spent (user and system,
   * all its threads and processes) divided by the requests wrk completed.
   */
  record Result(
      double requestsPerSecond,
      double p50Millis,
      double p99Millis,
      long non2xx,
      double cpuMicrosPerRequest,
      String report) {}

  /** Runs wrk against the server on {@code port}, whose CPU seconds so far {@code serverCpu} reads. */
  Result run(int port, int threads, int connections, int seconds, DoubleSupplier serverCpu)
      throws IOException, InterruptedException {
    double cpuBefore = serverCpu.getAsDouble();
    List<String> command = new ArrayList<>(prefix);
    command.addAll(
        List.of(
            wrk.toString(),
            "-t" + threads,
            "-c" + connections,
            "-d" + seconds + "s",
            "--latency",
            "-s",
            script.toString(),
            "http://127.0.0.1:" + port + "/"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("wrk failed:\n" + report);
    }
    double cpuSeconds = serverCpu.getAsDouble() - cpuBefore;
    return new Result(
        number(RATE, report),
        percentile("50", report),
        percentile("99", report),
        (long) numberOr(NON_2XX, report, 0),
        cpuSeconds * 1e6 / number(REQUESTS, report),
        report);
  }

  private static double percentile(String percent, String report) {
    Matcher m = Pattern.compile("\\s" + percent + "%\\s+([0-9.]+)(us|ms|s)").matcher(report);
    if (!m.find()) {
      throw new IllegalStateException("no " + percent + "% latency in wrk's report:\n" + report);
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "ms" -> value;
      default -> value * 1000;
    };
  }

  private static double number(Pattern pattern, String report) {
    Matcher m = pattern.matcher(report);
    if (!m.find()) {
      throw new IllegalStateException("cannot read " + pattern + " from wrk's report:\n" + report);
    }
    return Double.parseDouble(m.group(1));
  }

  private static double numberOr(Pattern pattern, String report, double fallback) {
    Matcher m = pattern.matcher(report);
    return m.find() ? Double.parseDouble(m.group(1)) : fallback;
  }

  static List<String> missing() {
    return List.of("wrk", "nginx").stream()
        .filter(name -> Executables.find(name).isEmpty())
        .toList();
  }
}
