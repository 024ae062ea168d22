package dev.nightshift.benchmarks.serving;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time a server spent, read from {@code /proc/<pid>/stat}: on a machine shared with other
 * work, CPU per request varies far less than requests per second.
 */
final class ProcessCpu {
  /** {@code /proc} counts in clock ticks of 1/100 s (USER_HZ) on Linux. */
  private static final double TICKS_PER_SECOND = 100;

  private ProcessCpu() {}

  /** User plus system CPU seconds of the process and, for nginx, of its worker processes. */
  static double seconds(ProcessHandle process, boolean withDescendants) {
    Stream<ProcessHandle> processes =
        withDescendants
            ? Stream.concat(Stream.of(process), process.descendants())
            : Stream.of(process);
    return processes.mapToDouble(ProcessCpu::ownSeconds).sum();
  }

  private static double ownSeconds(ProcessHandle process) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      // Fields after the command name, which is in parentheses and may contain spaces.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    } catch (IOException ended) {
      return 0;
    }
  }
}
