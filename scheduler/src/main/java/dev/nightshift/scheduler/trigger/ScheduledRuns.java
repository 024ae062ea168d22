package dev.nightshift.scheduler.trigger;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.DueIntervals;
import dev.nightshift.scheduler.dispatch.LoadedDags;
import dev.nightshift.scheduler.dispatch.RunProgress;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.store.DagRecord;
import dev.nightshift.scheduler.store.RunStore;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the scheduled runs of DAGs and keeps one Quartz trigger per DAG at its next due
 * instant. When a trigger fires, and when a DAG is loaded, changed or unpaused, every due run is
 * created (catch-up): all missed intervals with catchup=true, the latest one without. Missed runs
 * are all created at once, queued; max_active_runs decides how many run at a time, the rest start
 * as earlier ones finish. Creating a run twice is harmless: a logical date has one run.
 */
public final class ScheduledRuns implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

  private final RunStore store;
  private final LoadedDags dags;
  private final RunProgress progress;
  private final Clock clock;
  private final DagTriggers triggers;
  // The latest scheduled interval of each DAG: scheduled runs are created only here, so a fire
  // need not ask the database where its schedule stands.
  private final Map<String, DataInterval> latestCreated = new ConcurrentHashMap<>();

  public ScheduledRuns(RunStore store, LoadedDags dags, RunProgress progress, Clock clock,
      QuartzTuning tuning) {
    this.store = store;
    this.dags = dags;
    this.progress = progress;
    this.clock = clock;
    this.triggers = new DagTriggers(tuning, this::fired);
  }

  /**
   * Catches up every loaded DAG and starts firing triggers. Reads what it needs of all DAGs in two
   * queries and stores their next due instants in one transaction: a start with many DAGs costs
   * a few statements, not a few per DAG.
   */
  public synchronized void start() {
    Map<String, Boolean> paused = new HashMap<>();
    store.dags().forEach(d -> paused.put(d.dagId(), d.paused()));
    Map<String, DagRun> latest = store.latestScheduledRuns();
    latest.forEach((dagId, run) -> latestCreated.put(dagId, run.dataInterval()));
    Map<String, Instant> nextDue = new HashMap<>();
    for (DagDefinition dag : dags.all()) {
      if (paused.getOrDefault(dag.dagId(), false) || dag.schedule().isManual()) {
        continue;
      }
      Optional<Instant> next = createDueRuns(dag,
          Optional.ofNullable(latest.get(dag.dagId())).map(DagRun::dataInterval));
      nextDue.put(dag.dagId(), next.orElse(null));
      next.ifPresent(at -> triggers.schedule(dag.dagId(), onQuartzClock(at)));
    }
    store.setNextDue(nextDue);
    triggers.start();
  }

  /**
   * Creates the due runs of a DAG and sets its trigger to its next due instant; removes the
   * trigger when the DAG is paused, gone or has no more runs to come.
   */
  public synchronized void catchUp(String dagId) {
    Optional<DagDefinition> dag = dags.get(dagId);
    boolean paused = store.dag(dagId).map(DagRecord::paused).orElse(false);
    if (dag.isEmpty() || paused || dag.get().schedule().isManual()) {
      triggers.unschedule(dagId);
      return;
    }
    Optional<Instant> next = createDueRuns(dag.get(), latestInterval(dagId));
    store.setNextDue(dagId, next.orElse(null));
    next.ifPresentOrElse(at -> triggers.schedule(dagId, onQuartzClock(at)),
        () -> triggers.unschedule(dagId));
  }

  /** Creates the runs due since {@code last}; returns when the next one falls due. */
  private Optional<Instant> createDueRuns(DagDefinition dag, Optional<DataInterval> last) {
    List<DataInterval> due =
        DueIntervals.between(dag, last.orElse(null), clock.instant(), Integer.MAX_VALUE);
    Map<String, Object> defaults = dag.params().values().stream()
        .filter(p -> p.defaultValue() != null)
        .collect(Collectors.toMap(p -> p.name(), p -> p.defaultValue()));
    for (DataInterval interval : due) {
      progress.createRun(dag, interval, RunType.SCHEDULED, defaults)
          .ifPresent(run -> latestCreated.put(dag.dagId(), run.dataInterval()));
    }
    if (!due.isEmpty()) {
      log.info("DAG {}: {} scheduled run(s) created, up to {}", dag.dagId(), due.size(),
          due.get(due.size() - 1));
    }
    return nextDue(dag, due.isEmpty() ? last : Optional.of(due.get(due.size() - 1)));
  }

  /** Stops firing for a DAG (removed or paused); its runs stay. */
  public synchronized void stop(String dagId) {
    triggers.unschedule(dagId);
  }

  /** The end of the interval after {@code last}: when its run falls due. */
  private static Optional<Instant> nextDue(DagDefinition dag, Optional<DataInterval> last) {
    Optional<DataInterval> next = last.isPresent() ? dag.schedule().nextInterval(last.get())
        : dag.schedule().firstInterval(dag.startDate());
    return next.filter(i -> dag.endDate() == null || !i.start().isAfter(dag.endDate()))
        .map(DataInterval::end);
  }

  // Quartz waits on the system clock; the engine's clock may be offset (or fixed, in tests).
  // Fire after the same wait as the engine's clock implies.
  private Instant onQuartzClock(Instant due) {
    return Instant.now().plus(java.time.Duration.between(clock.instant(), due));
  }

  private Optional<DataInterval> latestInterval(String dagId) {
    return Optional.ofNullable(latestCreated.get(dagId))
        .or(() -> store.latestScheduledRun(dagId).map(DagRun::dataInterval));
  }

  // A fire's due runs, their first tasks and the next due time commit in one transaction. This
  // object's lock comes first, as in every other path that creates runs.
  private synchronized void fired(String dagId) {
    try {
      progress.inOneTransaction(() -> catchUp(dagId));
    } catch (RuntimeException e) {
      latestCreated.remove(dagId); // what the transaction created is gone: ask the store again
      log.error("DAG {}: could not create its due runs", dagId, e);
    }
  }

  @Override
  public void close() {
    triggers.close();
  }
}
