package dev.nightshift.scheduler;

import dev.nightshift.scheduler.backfill.Backfill;
import dev.nightshift.scheduler.backfill.BackfillEngine;
import dev.nightshift.scheduler.backfill.BackfillStateException;
import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.event.RunListener;
import dev.nightshift.scheduler.dag.DagFileParser;
import dev.nightshift.scheduler.dag.DagFolder;
import dev.nightshift.scheduler.dag.DueIntervals;
import dev.nightshift.scheduler.dag.DagListener;
import dev.nightshift.scheduler.dag.ImportError;
import dev.nightshift.scheduler.dispatch.ArgsRenderer;
import dev.nightshift.scheduler.dispatch.Engine;
import dev.nightshift.scheduler.dispatch.LoadedDags;
import dev.nightshift.scheduler.dispatch.LogFiles;
import dev.nightshift.scheduler.dispatch.LogFiles.LogChunk;
import dev.nightshift.scheduler.dispatch.PoolUsage;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.DuplicateRunException;
import dev.nightshift.scheduler.run.RunRef;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.run.Transition;
import dev.nightshift.scheduler.runner.NamedThreads;
import dev.nightshift.scheduler.runner.TaskRunner;
import dev.nightshift.scheduler.runner.TaskRunners;
import dev.nightshift.scheduler.runner.http.HttpRunner;
import dev.nightshift.scheduler.runner.noop.NoopRunner;
import dev.nightshift.scheduler.runner.shell.ShellRunner;
import dev.nightshift.scheduler.store.DagRecord;
import dev.nightshift.scheduler.store.DagVersion;
import dev.nightshift.scheduler.store.RunPage;
import dev.nightshift.scheduler.store.RunQuery;
import dev.nightshift.scheduler.store.DagSource;
import dev.nightshift.scheduler.store.RunStore;
import dev.nightshift.scheduler.store.jdbc.JdbcRunStore;
import dev.nightshift.scheduler.store.jdbc.MetadataDatabase;
import dev.nightshift.scheduler.trigger.ScheduledRuns;
import dev.nightshift.scheduler.schedule.DataInterval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduler in one process: metadata store, Quartz triggers, event-driven dispatch and the
 * task runners. Also the API that the REST layer and the CLI use. Thread-safe.
 *
 * <pre>{@code
 * try (NightshiftScheduler scheduler = NightshiftScheduler.builder()
 *     .dataDir(Path.of(".nightshift")).dagFolder(Path.of("dags")).start()) { ... }
 * }</pre>
 */
public final class NightshiftScheduler implements DagListener, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(NightshiftScheduler.class);

  private final SchedulerBuilder config;
  private final SchedulerSettings settings;
  private final MetadataDatabase database;
  private final RunStore store;
  private final LoadedDags dags = new LoadedDags();
  private final ExecutorService runnerThreads =
      Executors.newCachedThreadPool(new NamedThreads("runner"));
  private final TaskRunners runners;
  private final LogFiles logs;
  private final Engine engine;
  private final BackfillEngine backfills;
  private final ScheduledRuns scheduledRuns;
  private final List<ImportError> folderErrors = new CopyOnWriteArrayList<>();
  private final Map<String, List<ImportError>> runnerErrors = new ConcurrentHashMap<>();
  private final DagFolder dagFolder;
  private volatile boolean started;
  // DAGs loaded during start(), by id in load order, until they are stored together.
  private final Map<String, DagDefinition> startLoad = new LinkedHashMap<>();
  private boolean startLoadDone;

  public static SchedulerBuilder builder() {
    return new SchedulerBuilder();
  }

  NightshiftScheduler(SchedulerBuilder config) {
    this.config = config;
    this.settings = config.settings(config.dags.size() + countDagFiles(config.dagFolder));
    try {
      Files.createDirectories(config.dataDir);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot create data directory " + config.dataDir + ": "
          + e.getMessage(), e);
    }
    String url = config.jdbcUrl != null ? config.jdbcUrl : MetadataDatabase.h2FileUrl(config.dataDir);
    this.database = MetadataDatabase.open(url, config.jdbcUser, config.jdbcPassword,
        settings.metadataPoolSize());
    this.store = new JdbcRunStore(database.dataSource());
    List<TaskRunner> all = new ArrayList<>();
    all.add(new ShellRunner(runnerThreads, settings.killGrace()));
    all.add(new HttpRunner(runnerThreads));
    all.add(new NoopRunner());
    config.runners.forEach(factory -> all.add(factory.apply(runnerThreads)));
    this.runners = new TaskRunners(all);
    this.logs = new LogFiles(config.dataDir);
    ArgsRenderer renderer =
        config.argsRenderer != null ? config.argsRenderer : ArgsRenderer.TEMPLATES;
    this.engine = new Engine(store, config.clock, withBackfills(config.listener), runners, dags,
        logs, renderer, settings.engine());
    this.backfills = new BackfillEngine(store, dags, engine.progress(), config.clock);
    this.scheduledRuns = new ScheduledRuns(store, dags, engine.progress(), config.clock,
        settings.quartz());
    this.dagFolder = config.dagFolder == null ? null : new DagFolder(config.dagFolder,
        new DagFileParser(runners.types()), this, settings.watchDebounce());
  }

  /**
   * Loads the DAGs, recovers the runs that were in flight when the scheduler last stopped,
   * starts dispatching, creates the runs that fell due meanwhile, and starts the triggers.
   */
  public NightshiftScheduler start() {
    config.dags.forEach(this::dagUpdated);
    if (dagFolder != null) {
      dagFolder.start();
    }
    saveStartLoad();
    engine.start();
    backfills.resumeAll();
    // From here on a changed DAG is caught up at once; start() catches up the ones loaded so far.
    started = true;
    scheduledRuns.start();
    log.info("Nightshift scheduler started: {} DAG(s), data in {}", dags.all().size(),
        config.dataDir.toAbsolutePath());
    return this;
  }

  @Override
  public void dagUpdated(DagDefinition file) {
    DagDefinition dag = file.withParamDefaults(config.paramDefaults);
    List<String> problems = runners.problems(dag);
    if (!problems.isEmpty()) {
      runnerErrors.put(dag.dagId(),
          problems.stream().map(p -> new ImportError(dag.source(), 0, 0, p)).toList());
      log.warn("DAG {} not loaded: {}", dag.dagId(), problems);
      return;
    }
    runnerErrors.remove(dag.dagId());
    synchronized (startLoad) {
      if (!startLoadDone) {
        startLoad.put(dag.dagId(), dag);
        return;
      }
    }
    store.saveDag(dag.dagId(), dag.version(), sourceText(dag), config.clock.instant());
    engine.dagLoaded(dag);
    if (started) {
      backfills.runsChanged(dag.dagId());
      scheduledRuns.catchUp(dag.dagId());
    }
  }

  // The DAGs of the first load are stored in one transaction rather than one each.
  private void saveStartLoad() {
    synchronized (startLoad) {
      store.saveDags(startLoad.values().stream()
          .map(dag -> new DagSource(dag.dagId(), dag.version(), sourceText(dag))).toList(),
          config.clock.instant());
      startLoad.values().forEach(engine::dagLoaded);
      startLoad.clear();
      startLoadDone = true;
    }
  }

  @Override
  public void dagRemoved(String dagId) {
    synchronized (startLoad) {
      startLoad.remove(dagId);
    }
    runnerErrors.remove(dagId);
    // The store first: whoever sees the DAG gone from memory finds it inactive in the store too.
    store.deactivateDag(dagId);
    engine.dagRemoved(dagId);
    scheduledRuns.stop(dagId);
  }

  @Override
  public void importErrorsChanged(List<ImportError> errors) {
    folderErrors.clear();
    folderErrors.addAll(errors);
  }

  /** Problems that keep DAG files or DAGs from loading: parse errors and unknown task types. */
  public List<ImportError> importErrors() {
    List<ImportError> all = new ArrayList<>(folderErrors);
    runnerErrors.values().forEach(all::addAll);
    return all;
  }

  /**
   * Starts a manual run now. {@code conf} is checked against the DAG's params (missing ones take
   * their defaults); {@code logicalDate} may be null for now.
   */
  public DagRun trigger(String dagId, Map<String, Object> conf, Instant logicalDate) {
    return engine.operations().trigger(dagId, conf, logicalDate);
  }

  /**
   * As {@link #trigger(String, Map, Instant)}, with the run id given ({@code null}: derived from
   * the logical date). A second run with the same id or logical date throws {@link
   * DuplicateRunException}.
   */
  public DagRun trigger(String dagId, Map<String, Object> conf, Instant logicalDate, String runId) {
    return engine.operations().trigger(dagId, conf, logicalDate, runId);
  }

  /**
   * Stores a backfill: one backfill run for every interval of the DAG's schedule whose logical
   * date lies in [from, to], created oldest first and no more at a time than max_active_runs
   * allows; intervals that already have a run are skipped. It goes on after a restart.
   */
  public Backfill backfill(String dagId, Instant from, Instant to, Map<String, Object> conf) {
    return backfills.start(dagId, from, to, conf);
  }

  /** Every backfill, oldest first. */
  public List<Backfill> backfills() {
    return backfills.all();
  }

  public Optional<Backfill> backfill(long id) {
    return backfills.get(id);
  }

  /** Stops creating the backfill's runs until resumed; throws {@link BackfillStateException}. */
  public Backfill pauseBackfill(long id) {
    return backfills.pause(id);
  }

  public Backfill resumeBackfill(long id) {
    return backfills.resume(id);
  }

  /** Creates no more runs of the backfill; those already created run to their end. */
  public Backfill cancelBackfill(long id) {
    return backfills.cancel(id);
  }

  public List<DagRecord> dags() {
    return store.dags();
  }

  public Optional<DagDefinition> dag(String dagId) {
    return dags.get(dagId);
  }

  /** Every version a DAG's file had, oldest first. */
  public List<DagVersion> dagVersions(String dagId) {
    return store.dagVersions(dagId);
  }

  /** The DAG file text of one version of a DAG; every version a run was made from stays. */
  public Optional<String> dagSource(String dagId, String version) {
    return store.dagSource(dagId, version);
  }

  /** The DAG's runs, newest logical date first. */
  public List<DagRun> runs(String dagId, int limit) {
    return store.runs(dagId, limit);
  }

  /** One page of the runs a query selects (filters, order, limit and offset). */
  public RunPage runs(RunQuery query) {
    return store.runs(query);
  }

  public Optional<DagRun> run(String dagId, String runId) {
    return store.run(new RunRef(dagId, runId));
  }

  public List<TaskInstance> taskInstances(String dagId, String runId) {
    return store.taskInstances(new RunRef(dagId, runId));
  }

  public List<TaskTry> tries(TaskRef task) {
    return store.tries(task);
  }

  /** How every task instance of a run got to its state, oldest change first. */
  public List<Transition> history(String dagId, String runId) {
    return store.history(new RunRef(dagId, runId));
  }

  public void pause(String dagId) {
    store.setPaused(dagId, true);
    scheduledRuns.stop(dagId);
  }

  /** Resumes a DAG; runs missed while paused are created per its catch-up setting. */
  public void unpause(String dagId) {
    store.setPaused(dagId, false);
    scheduledRuns.catchUp(dagId);
  }

  /** Runs a finished task again (and, if asked, everything downstream of it). */
  public List<TaskInstance> clear(TaskRef task, boolean downstream) {
    return engine.operations().clear(task, downstream);
  }

  /**
   * Clears several tasks of one run together, each with its downstream tasks if asked; a dry run
   * only returns what would be cleared. Throws {@link
   * dev.nightshift.scheduler.run.TaskNotFinishedException} when one of them is not finished.
   */
  public List<TaskInstance> clear(RunRef run, Collection<String> taskIds, boolean downstream,
      boolean dryRun) {
    return engine.operations().clear(run, taskIds, downstream, dryRun);
  }

  public TaskInstance markSuccess(TaskRef task) {
    return engine.operations().mark(task, TaskState.SUCCESS);
  }

  public TaskInstance markFailed(TaskRef task) {
    return engine.operations().mark(task, TaskState.FAILED);
  }

  /**
   * Marks a whole run success or failed through its tasks, in one transaction; see {@link
   * dev.nightshift.scheduler.dispatch.RunOperations#markRun}.
   */
  public DagRun markRun(RunRef run, RunState state) {
    return engine.operations().markRun(run, state);
  }

  /** Part of a try's log from {@code offset}; follow a running try by reading from nextOffset. */
  public LogChunk readLog(TaskRef task, int tryNumber, long offset, int maxBytes) {
    return logs.read(task, tryNumber, offset, maxBytes);
  }

  /** Creates or resizes a pool; tasks waiting for it start at once if slots became free. */
  public void setPool(String name, int slots) {
    engine.setPool(name, slots);
  }

  public Map<String, Integer> pools() {
    return store.pools();
  }

  /**
   * The DAG's next {@code count} scheduled runs as its schedule stands now, after its latest
   * scheduled run, due or not; empty for a manual-only DAG or one not loaded.
   */
  public List<DataInterval> upcomingRuns(String dagId, int count) {
    return dags.get(dagId)
        .map(dag -> DueIntervals.upcoming(dag,
            store.latestScheduledRun(dagId).map(DagRun::dataInterval).orElse(null),
            config.clock.instant(), count))
        .orElse(List.of());
  }

  /**
   * The next scheduled run of every loaded DAG that has one, by DAG id: the first of
   * {@link #upcomingRuns}, for all DAGs with one read of the store.
   */
  public Map<String, DataInterval> nextRuns() {
    Map<String, DagRun> latest = store.latestScheduledRuns();
    Instant now = config.clock.instant();
    Map<String, DataInterval> next = new LinkedHashMap<>();
    for (DagDefinition dag : dags.all()) {
      DagRun last = latest.get(dag.dagId());
      DueIntervals.next(dag, last == null ? null : last.dataInterval(), now)
          .ifPresent(interval -> next.put(dag.dagId(), interval));
    }
    return next;
  }

  /** When the DAG's next scheduled run is due; empty for manual or finished schedules. */
  public Optional<Instant> nextDue(String dagId) {
    return store.dag(dagId).map(DagRecord::nextDueAt);
  }

  public SchedulerSettings settings() {
    return settings;
  }

  /** SQL statements sent to the metadata database since start. */
  public long statementsExecuted() {
    return database.statementsExecuted();
  }

  /** Queued tasks not yet started: waiting for a dispatcher, a pool slot or max_active_tasks. */
  public int readyQueueDepth() {
    return engine.readyQueueDepth();
  }

  /** Size and slots in use of every pool, by name, from memory (no SQL). */
  public Map<String, PoolUsage> poolUsage() {
    return engine.poolUsage();
  }

  /** DAG files parsed since start (a file is parsed again only when its content changed). */
  public long dagFilesParsed() {
    return dagFolder == null ? 0 : dagFolder.parseCount();
  }

  /** Time spent parsing DAG files since start. */
  public java.time.Duration dagParseTime() {
    return dagFolder == null ? java.time.Duration.ZERO : dagFolder.parseTime();
  }

  @Override
  public void close() {
    if (dagFolder != null) {
      dagFolder.close();
    }
    scheduledRuns.close();
    backfills.close();
    engine.close();
    runnerThreads.shutdown();
    database.close();
    log.info("Nightshift scheduler stopped");
  }

  // A finished run frees a place under max_active_runs that a backfill may take.
  private RunListener withBackfills(RunListener listener) {
    return new RunListener() {
      @Override
      public void taskChanged(TaskInstance task, TaskState from) {
        listener.taskChanged(task, from);
      }

      @Override
      public void runChanged(DagRun run, RunState from) {
        if (run.state().isFinished()) {
          backfills.runsChanged(run.dagId());
        }
        listener.runChanged(run, from);
      }
    };
  }

  private static String sourceText(DagDefinition dag) {
    try {
      Path file = Path.of(dag.source());
      if (Files.isRegularFile(file)) {
        return Files.readString(file);
      }
    } catch (IOException | RuntimeException unreadable) {
      // fall through: the version hash still identifies it
    }
    return "# defined in " + dag.source() + ", version " + dag.version() + "\n";
  }

  private static int countDagFiles(Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      return 0;
    }
    try (var files = Files.list(folder)) {
      return (int) files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .count();
    } catch (IOException e) {
      return 0;
    }
  }
}
