package dev.nightshift.monitoring.cpu;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CPU of the processes the JVM started (task commands and everything they start), never
 * decreasing. A live descendant counts its own time plus that of the children it has reaped; a
 * process the JVM reaped moves into the JVM's own children time ({@code /proc/self/stat} cutime +
 * cstime), so nothing is counted twice. A descendant that vanished while its parent was already
 * gone was orphaned and reaped outside the JVM: its last seen time is kept. Not thread-safe.
 */
final class ChildProcessCpu {
  private record Key(long pid, long startTicks) {}

  private Map<Key, ProcStat> lastSeen = Map.of();
  private long orphanedNanos;
  private long total;

  /**
   * Cumulative CPU nanoseconds of all descendants, live and ended. Listing the descendants scans
   * all of {@code /proc} (about a millisecond); with {@code childrenMayRun} false (no JDK thread
   * waits for a process) only the JVM's reaped-children time is read.
   */
  long nanos(boolean childrenMayRun) {
    long reaped = ProcStat.self().map(ProcStat::childrenNanos).orElse(0L);
    Map<Key, ProcStat> live = new HashMap<>();
    if (childrenMayRun || !lastSeen.isEmpty()) {
      ProcessHandle.current().descendants().forEach(p -> ProcStat.read(Long.toString(p.pid()))
          .ifPresent(stat -> live.put(new Key(stat.pid(), stat.startTicks()), stat)));
    }
    Set<Long> livePids = live.values().stream().map(ProcStat::pid).collect(Collectors.toSet());
    long self = ProcessHandle.current().pid();
    lastSeen.forEach((key, stat) -> {
      boolean parentGoneBefore = stat.parentPid() != self && !livePids.contains(stat.parentPid())
          && lastSeen.values().stream().noneMatch(s -> s.pid() == stat.parentPid());
      if (!live.containsKey(key) && parentGoneBefore) {
        orphanedNanos += stat.ownNanos() + stat.childrenNanos();
      }
    });
    lastSeen = live;
    long now = reaped + orphanedNanos
        + live.values().stream().mapToLong(s -> s.ownNanos() + s.childrenNanos()).sum();
    // A child that ended but is not reaped yet drops out of /proc's live view for an instant.
    total = Math.max(total, now);
    return total;
  }
}
