package dev.nightshift.scheduler;

import dev.nightshift.scheduler.dag.DagFolder;
import dev.nightshift.scheduler.dispatch.Engine;
import dev.nightshift.scheduler.trigger.QuartzJobStore;
import dev.nightshift.scheduler.trigger.QuartzTuning;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The effective value of every knob that costs CPU, with where it came from. Defaults that depend
 * on the machine are derived from its cores and the number of DAGs; {@link #knobs()} lists them
 * all for the dashboard.
 */
public final class SchedulerSettings {
  public static final Duration DEFAULT_QUARTZ_IDLE_WAIT = Duration.ofSeconds(30);
  public static final QuartzJobStore DEFAULT_QUARTZ_JOB_STORE = QuartzJobStore.MEMORY;
  public static final Duration DEFAULT_MISFIRE_THRESHOLD = Duration.ofSeconds(60);
  public static final Duration DEFAULT_WATCH_DEBOUNCE = DagFolder.DEFAULT_DEBOUNCE;
  public static final int DEFAULT_TIMER_THREADS = 1;
  public static final Duration DEFAULT_OBSERVE_INTERVAL = Duration.ofSeconds(2);
  public static final Duration DEFAULT_KILL_GRACE = Duration.ofSeconds(10);
  /** DAGs per extra Quartz thread; see {@link #defaultQuartzThreads}. */
  public static final int DEFAULT_DAGS_PER_QUARTZ_THREAD = 100;
  public static final int DEFAULT_MIN_DISPATCHER_WORKERS = 2;

  /** Where a knob's value came from. */
  public enum Source {
    DEFAULT,
    DERIVED,
    CONFIGURED
  }

  /** One knob as the dashboard shows it. */
  public record Knob(String name, String value, Source source) {}

  private final Map<String, Knob> knobs;
  private final QuartzTuning quartz;
  private final Engine.Tuning engine;
  private final Duration watchDebounce;
  private final Duration killGrace;
  private final int metadataPoolSize;

  SchedulerSettings(List<Knob> knobs, QuartzTuning quartz, Engine.Tuning engine,
      Duration watchDebounce, Duration killGrace, int metadataPoolSize) {
    java.util.LinkedHashMap<String, Knob> byName = new java.util.LinkedHashMap<>();
    knobs.forEach(k -> byName.put(k.name(), k));
    this.knobs = java.util.Collections.unmodifiableMap(byName);
    this.quartz = quartz;
    this.engine = engine;
    this.watchDebounce = watchDebounce;
    this.killGrace = killGrace;
    this.metadataPoolSize = metadataPoolSize;
  }

  /**
   * Quartz threads only create runs: a fire costs a few inserts, milliseconds, so one thread
   * keeps up with hundreds of fires a second. More help only when many DAGs fire in the same
   * second (cron schedules share minute boundaries): one more per
   * {@value #DEFAULT_DAGS_PER_QUARTZ_THREAD} DAGs, never more than the cores.
   */
  public static int defaultQuartzThreads(int cores, int dagCount) {
    return Math.max(1, Math.min(cores, 1 + dagCount / DEFAULT_DAGS_PER_QUARTZ_THREAD));
  }

  /**
   * Quartz can hand a thread several due triggers at once; taking as many as there are threads
   * lets a burst of simultaneous fires go out in one acquisition instead of one each.
   */
  public static int defaultBatchTriggerAcquisitionMaxCount(int quartzThreads) {
    return quartzThreads;
  }

  /**
   * A dispatcher only calls a runner's start, which returns quickly: one per core keeps starts
   * parallel when many tasks become ready together, and at least
   * {@value #DEFAULT_MIN_DISPATCHER_WORKERS} so that one slow start (an HTTP connect, a
   * spark-submit) does not hold up the rest.
   */
  public static int defaultDispatcherWorkers(int cores) {
    return Math.max(DEFAULT_MIN_DISPATCHER_WORKERS, cores);
  }

  /** Every thread that may use a connection at once, plus one for the API and one spare. */
  public static int defaultMetadataPoolSize(int dispatcherWorkers, int quartzThreads) {
    return dispatcherWorkers + quartzThreads + 2;
  }

  /** Every knob in a stable order: name, effective value, source. */
  public List<Knob> knobs() {
    return List.copyOf(knobs.values());
  }

  public Knob knob(String name) {
    Knob knob = knobs.get(name);
    if (knob == null) {
      throw new IllegalArgumentException("no knob '" + name + "'; knobs: " + knobs.keySet());
    }
    return knob;
  }

  public QuartzTuning quartz() {
    return quartz;
  }

  public Engine.Tuning engine() {
    return engine;
  }

  public Duration watchDebounce() {
    return watchDebounce;
  }

  public Duration killGrace() {
    return killGrace;
  }

  public int metadataPoolSize() {
    return metadataPoolSize;
  }
}
