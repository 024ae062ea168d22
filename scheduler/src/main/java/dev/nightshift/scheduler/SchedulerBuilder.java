package dev.nightshift.scheduler;

import dev.nightshift.scheduler.SchedulerSettings.Knob;
import dev.nightshift.scheduler.SchedulerSettings.Source;
import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dispatch.ArgsRenderer;
import dev.nightshift.scheduler.dispatch.Engine;
import dev.nightshift.scheduler.event.RunListener;
import dev.nightshift.scheduler.runner.TaskRunner;
import dev.nightshift.scheduler.trigger.QuartzJobStore;
import dev.nightshift.scheduler.trigger.QuartzTuning;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.concurrent.Executor;

/**
 * Configures a {@link NightshiftScheduler}. Every setter checks its value and names the limit it
 * breaks; anything not set takes the default in {@link SchedulerSettings}.
 */
public final class SchedulerBuilder {
  public static final Path DEFAULT_DATA_DIR = Path.of(".nightshift");

  Path dataDir = DEFAULT_DATA_DIR;
  Path dagFolder;
  String jdbcUrl;
  String jdbcUser = "sa";
  String jdbcPassword = "";
  Clock clock = Clock.systemUTC();
  RunListener listener = RunListener.NOOP;
  ArgsRenderer argsRenderer;
  final List<Function<Executor, TaskRunner>> runners = new ArrayList<>();
  final List<DagDefinition> dags = new ArrayList<>();
  final Map<String, Object> paramDefaults = new java.util.LinkedHashMap<>();
  int cores = Runtime.getRuntime().availableProcessors();

  private Integer quartzThreads;
  private Duration quartzIdleWait;
  private Integer batchTriggerAcquisitionMaxCount;
  private Duration misfireThreshold;
  private Duration watchDebounce;
  private Integer dispatcherWorkers;
  private Integer timerThreads;
  private Duration observeInterval;
  private Duration killGrace;
  private Integer metadataPoolSize;
  private QuartzJobStore quartzJobStore;

  SchedulerBuilder() {}

  /** Where the H2 database and the task logs live; {@code .nightshift} by default. */
  public SchedulerBuilder dataDir(Path value) {
    dataDir = Objects.requireNonNull(value, "dataDir");
    return this;
  }

  /** The folder of DAG files, watched for changes. */
  public SchedulerBuilder dagFolder(Path value) {
    dagFolder = Objects.requireNonNull(value, "dagFolder");
    return this;
  }

  /** A metadata database other than the embedded H2 file, e.g. PostgreSQL. */
  public SchedulerBuilder database(String url, String user, String password) {
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("database URL must start with jdbc:h2: or jdbc:postgresql:,"
          + " got " + url);
    }
    jdbcUrl = url;
    jdbcUser = user;
    jdbcPassword = password;
    return this;
  }

  public SchedulerBuilder clock(Clock value) {
    clock = Objects.requireNonNull(value, "clock");
    return this;
  }

  public SchedulerBuilder listener(RunListener value) {
    listener = Objects.requireNonNull(value, "listener");
    return this;
  }

  /** Substitutes templates in task arguments; by default the DAG's templates are rendered. */
  public SchedulerBuilder argsRenderer(ArgsRenderer value) {
    argsRenderer = Objects.requireNonNull(value, "argsRenderer");
    return this;
  }

  /** Adds a runner; it gets the scheduler's runner executor ({@code nightshift-runner-N}). */
  public SchedulerBuilder runner(Function<Executor, TaskRunner> factory) {
    runners.add(Objects.requireNonNull(factory, "runner"));
    return this;
  }

  /**
   * A deployment-wide default for every DAG param called {@code name} whose type accepts
   * {@code value} (for example the lake's location); a trigger's conf still wins.
   */
  public SchedulerBuilder paramDefault(String name, Object value) {
    paramDefaults.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** A DAG defined in code, loaded like one from the DAG folder. */
  public SchedulerBuilder dag(DagDefinition value) {
    dags.add(Objects.requireNonNull(value, "dag"));
    return this;
  }

  public SchedulerBuilder quartzThreads(int value) {
    quartzThreads = atLeast("quartzThreads", value, 1);
    return this;
  }

  public SchedulerBuilder quartzIdleWait(Duration value) {
    quartzIdleWait = atLeast("quartzIdleWait", value, Duration.ofSeconds(1));
    return this;
  }

  public SchedulerBuilder batchTriggerAcquisitionMaxCount(int value) {
    batchTriggerAcquisitionMaxCount = atLeast("batchTriggerAcquisitionMaxCount", value, 1);
    return this;
  }

  public SchedulerBuilder misfireThreshold(Duration value) {
    misfireThreshold = atLeast("misfireThreshold", value, Duration.ofSeconds(1));
    return this;
  }

  public SchedulerBuilder watchDebounce(Duration value) {
    watchDebounce = atLeast("watchDebounce", value, Duration.ZERO);
    return this;
  }

  public SchedulerBuilder dispatcherWorkers(int value) {
    dispatcherWorkers = atLeast("dispatcherWorkers", value, 1);
    return this;
  }

  public SchedulerBuilder timerThreads(int value) {
    timerThreads = atLeast("timerThreads", value, 1);
    return this;
  }

  /** How often runners that cannot call back (work adopted after a restart) are observed. */
  public SchedulerBuilder observeInterval(Duration value) {
    observeInterval = atLeast("observeInterval", value, Duration.ofMillis(50));
    return this;
  }

  /** How long a cancelled or timed-out process tree gets between TERM and KILL. */
  public SchedulerBuilder killGrace(Duration value) {
    killGrace = atLeast("killGrace", value, Duration.ZERO);
    return this;
  }

  public SchedulerBuilder metadataPoolSize(int value) {
    metadataPoolSize = atLeast("metadataPoolSize", value, 2);
    return this;
  }

  /** Where Quartz keeps its triggers; {@link QuartzJobStore#MEMORY} by default. */
  public SchedulerBuilder quartzJobStore(QuartzJobStore value) {
    if (value == QuartzJobStore.JDBC_CLUSTERED) {
      throw new IllegalArgumentException("quartzJobStore JDBC_CLUSTERED is reserved for several"
          + " scheduler nodes on PostgreSQL and is not available in this version; use MEMORY");
    }
    quartzJobStore = Objects.requireNonNull(value, "quartzJobStore");
    return this;
  }

  /** Builds the scheduler without starting it. */
  public NightshiftScheduler build() {
    return new NightshiftScheduler(this);
  }

  /** Builds and starts the scheduler. */
  public NightshiftScheduler start() {
    return build().start();
  }

  /** The effective settings for {@code dagCount} DAGs on this machine. */
  SchedulerSettings settings(int dagCount) {
    List<Knob> knobs = new ArrayList<>();
    int quartz = pick(knobs, "quartzThreads", quartzThreads,
        SchedulerSettings.defaultQuartzThreads(cores, dagCount), Source.DERIVED);
    int batch = pick(knobs, "batchTriggerAcquisitionMaxCount", batchTriggerAcquisitionMaxCount,
        SchedulerSettings.defaultBatchTriggerAcquisitionMaxCount(quartz), Source.DERIVED);
    if (batch > quartz) {
      throw new IllegalArgumentException("batchTriggerAcquisitionMaxCount must be at most"
          + " quartzThreads (" + quartz + "), got " + batch);
    }
    Duration idle = pick(knobs, "quartzIdleWait", quartzIdleWait,
        SchedulerSettings.DEFAULT_QUARTZ_IDLE_WAIT, Source.DEFAULT);
    Duration misfire = pick(knobs, "misfireThreshold", misfireThreshold,
        SchedulerSettings.DEFAULT_MISFIRE_THRESHOLD, Source.DEFAULT);
    Duration debounce = pick(knobs, "watchDebounce", watchDebounce,
        SchedulerSettings.DEFAULT_WATCH_DEBOUNCE, Source.DEFAULT);
    int workers = pick(knobs, "dispatcherWorkers", dispatcherWorkers,
        SchedulerSettings.defaultDispatcherWorkers(cores), Source.DERIVED);
    int timers = pick(knobs, "timerThreads", timerThreads,
        SchedulerSettings.DEFAULT_TIMER_THREADS, Source.DEFAULT);
    Duration observe = pick(knobs, "observeInterval", observeInterval,
        SchedulerSettings.DEFAULT_OBSERVE_INTERVAL, Source.DEFAULT);
    Duration grace = pick(knobs, "killGrace", killGrace,
        SchedulerSettings.DEFAULT_KILL_GRACE, Source.DEFAULT);
    int pool = pick(knobs, "metadataPoolSize", metadataPoolSize,
        SchedulerSettings.defaultMetadataPoolSize(workers, quartz), Source.DERIVED);
    QuartzJobStore jobStore = pick(knobs, "quartzJobStore", quartzJobStore,
        SchedulerSettings.DEFAULT_QUARTZ_JOB_STORE, Source.DEFAULT);
    return new SchedulerSettings(knobs, new QuartzTuning(quartz, idle, batch, misfire, jobStore),
        new Engine.Tuning(workers, timers, observe), debounce, grace, pool);
  }

  private static <T> T pick(List<Knob> knobs, String name, T configured, T fallback,
      Source fallbackSource) {
    T value = configured != null ? configured : fallback;
    knobs.add(new Knob(name, String.valueOf(value),
        configured != null ? Source.CONFIGURED : fallbackSource));
    return value;
  }

  private static int atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
    }
    return value;
  }

  private static Duration atLeast(String name, Duration value, Duration min) {
    if (value == null || value.compareTo(min) < 0) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
    }
    return value;
  }
}
