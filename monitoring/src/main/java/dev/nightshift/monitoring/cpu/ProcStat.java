package dev.nightshift.monitoring.cpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CPU fields of {@code /proc/<pid>/stat}, in nanoseconds. {@code childrenNanos} is the CPU of
 * the process's children that it has waited for (cutime + cstime).
 */
record ProcStat(long pid, long parentPid, long startTicks, long ownNanos, long childrenNanos) {

  /** Linux reports /proc times in USER_HZ ticks, which is 100 on every architecture it supports. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  /** Empty when the process is gone or /proc cannot be read (not Linux). */
  static Optional<ProcStat> read(String pid) {
    try {
      return Optional.of(parse(Files.readString(Path.of("/proc", pid, "stat"))));
    } catch (IOException | RuntimeException gone) {
      return Optional.empty();
    }
  }

  static Optional<ProcStat> self() {
    return read("self");
  }

  /** The command name (field 2) may hold spaces and parentheses: fields are counted after the last ')'. */
  static ProcStat parse(String line) {
    long pid = Long.parseLong(line.substring(0, line.indexOf(' ')));
    String[] f = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
    // f[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17, starttime 22.
    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    long childTicks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
    return new ProcStat(pid, Long.parseLong(f[1]), Long.parseLong(f[19]), ticks * NANOS_PER_TICK,
        childTicks * NANOS_PER_TICK);
  }
}
