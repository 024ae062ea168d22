package dev.nightshift.monitoring.cpu;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * CPU time of the JVM's Java threads by component, never decreasing: a thread that ended keeps
 * the time it had at the last sample (what it spent after that is counted as {@link
 * CpuComponent#JVM}, as the process total still includes it). Thread names are looked up once per
 * thread id; ids are never reused within a JVM. Not thread-safe.
 */
final class ThreadCpuLedger {
  private record Seen(String name, CpuComponent component, long nanos) {}

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<Long, Seen> live = new HashMap<>();
  private final Map<CpuComponent, Long> ended = new EnumMap<>(CpuComponent.class);
  private boolean processReaperAlive;

  ThreadCpuLedger() {
    if (!threads.isThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure per-thread CPU time");
    }
    if (!threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
  }

  /** Cumulative CPU nanoseconds per component, for every thread seen so far. */
  Map<CpuComponent, Long> nanosByComponent() {
    long[] ids = threads.getAllThreadIds();
    Set<Long> now = new HashSet<>();
    for (long id : ids) {
      long nanos = threads.getThreadCpuTime(id);
      if (nanos < 0) {
        continue; // ended between the two calls: keeps its last seen time below
      }
      now.add(id);
      Seen seen = live.get(id);
      String name = seen != null ? seen.name() : nameOf(id);
      if (name != null) {
        live.put(id, new Seen(name, seen != null ? seen.component() : CpuComponent.ofThread(name),
            nanos));
      }
    }
    live.entrySet().removeIf(entry -> {
      if (now.contains(entry.getKey())) {
        return false;
      }
      ended.merge(entry.getValue().component(), entry.getValue().nanos(), Long::sum);
      return true;
    });
    processReaperAlive = live.values().stream()
        .anyMatch(seen -> seen.name().startsWith(CpuComponent.PROCESS_REAPER_THREAD));
    Map<CpuComponent, Long> total = new EnumMap<>(ended);
    live.values().forEach(seen -> total.merge(seen.component(), seen.nanos(), Long::sum));
    return total;
  }

  /**
   * Whether, at the last sample, a JDK thread waited for a started process: none does when the JVM
   * has no child process, which spares the scan of {@code /proc} for descendants.
   */
  boolean processReaperAlive() {
    return processReaperAlive;
  }

  private String nameOf(long id) {
    ThreadInfo info = threads.getThreadInfo(id, 0);
    return info == null ? null : info.getThreadName();
  }
}
