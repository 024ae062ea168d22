package dev.nightshift.monitoring.cpu;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Splits the process's CPU time by component: Java threads by name, the task processes from
 * {@code /proc}, and the rest of the process (native VM threads) as {@link CpuComponent#JVM}.
 * Every component's figure only grows. A sample costs one CPU-time read per thread and one
 * {@code /proc} read per task process; samples younger than {@code reuse} are handed out again, so
 * that one scrape reading all components samples once. Thread-safe.
 */
public final class CpuAccounting {
  private static final double NANOS = 1e9;

  private final ThreadCpuLedger threads = new ThreadCpuLedger();
  private final ChildProcessCpu children = new ChildProcessCpu();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final Clock clock;
  private final Duration reuse;
  private long jvmNanos;
  private CpuSample last;

  public CpuAccounting(Clock clock, Duration reuse) {
    this.clock = clock;
    this.reuse = reuse;
  }

  /** A fresh sample, or the last one if it is younger than the reuse time. */
  public synchronized CpuSample sample() {
    if (last != null && last.at().plus(reuse).isAfter(clock.instant())) {
      return last;
    }
    // Threads first: the process total read after them covers at least their sum.
    Map<CpuComponent, Long> byThread = threads.nanosByComponent();
    long process = os.getProcessCpuTime();
    long childNanos = children.nanos(threads.processReaperAlive());
    long javaThreads = byThread.values().stream().mapToLong(Long::longValue).sum();
    jvmNanos = Math.max(jvmNanos, process - javaThreads);
    Map<CpuComponent, Double> seconds = new EnumMap<>(CpuComponent.class);
    for (CpuComponent component : CpuComponent.values()) {
      seconds.put(component, byThread.getOrDefault(component, 0L) / NANOS);
    }
    seconds.put(CpuComponent.JVM, jvmNanos / NANOS);
    seconds.merge(CpuComponent.TASKS, childNanos / NANOS, Double::sum);
    last = new CpuSample(clock.instant(), seconds, process / NANOS, childNanos / NANOS);
    return last;
  }
}
