package dev.nightshift.monitoring.cpu;

import java.util.Locale;

/**
 * Where CPU time goes, by the name of the thread that spent it. The platform names every thread it
 * starts for its component; native VM threads (GC, JIT) are not Java threads and count as
 * {@link #JVM}.
 */
public enum CpuComponent {
  /**
   * Quartz, the DAG folder watcher, dispatchers, timers, the metadata connection pool and the
   * metadata database's background threads.
   */
  SCHEDULER,
  /**
   * Task work: runner threads in the process, the JDK's threads that wait for task processes, and
   * the task processes themselves.
   */
  TASKS,
  /** The web server (request threads, Tomcat's own) and the serving store's database threads. */
  SERVING,
  /** The CPU sampler itself. */
  MONITORING,
  /** Garbage collection, JIT compilation and other native VM threads. */
  JVM,
  /** Every other Java thread. */
  OTHER;

  public static final String MONITOR_THREAD = "nightshift-monitor";
  /** The JDK's threads that wait for started processes; one lives while any process runs. */
  public static final String PROCESS_REAPER_THREAD = "process reaper";

  /** The component of a Java thread, by its name. */
  public static CpuComponent ofThread(String name) {
    // H2 names its background threads after the database file: the metadata database is the
    // scheduler's, the serving store is serving's.
    if (name.startsWith("MVStore background writer") || name.startsWith("H2 File Lock Watchdog")) {
      return name.contains("/nightshift.") ? SCHEDULER : name.contains("/serving.") ? SERVING : OTHER;
    }
    if (name.startsWith("nightshift-scheduler") || name.startsWith("nightshift-watcher")
        || name.startsWith("nightshift-dispatcher-") || name.startsWith("nightshift-timer")
        || name.startsWith("nightshift-metadata")) {
      return SCHEDULER;
    }
    if (name.startsWith("nightshift-runner-") || name.startsWith("nightshift-batch-")
        || name.startsWith(PROCESS_REAPER_THREAD)) {
      return TASKS;
    }
    if (name.startsWith("nightshift-serving-") || name.startsWith("http-nio-")
        || name.startsWith("Catalina-utility-")) {
      return SERVING;
    }
    if (name.equals(MONITOR_THREAD)) {
      return MONITORING;
    }
    return OTHER;
  }

  /** The label value in metrics and on the pages. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
