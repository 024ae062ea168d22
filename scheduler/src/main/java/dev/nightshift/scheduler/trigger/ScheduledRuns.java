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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>DAGs whose runs fall due at the same instant (cron schedules share minute boundaries) are
 * handled by the first of their fires, in one transaction: their runs, first queued tasks and
 * next due instants commit together, and the other fires find their DAGs done.
 */
public final class ScheduledRuns implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

  private final RunStore store;
  private final LoadedDags dags;
  private final RunProgress progress;
  private final Clock clock;
  private final DagTriggers triggers;
  private final java.time.Duration onTime;
  // The latest scheduled interval of each DAG: scheduled runs are created only here, so a fire
  // need not ask the database where its schedule stands.
  private final Map<String, DataInterval> latestCreated = new ConcurrentHashMap<>();
  // Each scheduled DAG's trigger, while it is set; read and changed under this object's lock.
  private final Map<String, Planned> planned = new HashMap<>();

  /** When a DAG's next run falls due (engine clock) and what its trigger was set for. */
  private record Planned(Instant due, Instant triggerAt) {}

  public ScheduledRuns(RunStore store, LoadedDags dags, RunProgress progress, Clock clock,
      QuartzTuning tuning) {
    this.store = store;
    this.dags = dags;
    this.progress = progress;
    this.clock = clock;
    this.triggers = new DagTriggers(tuning, this::fired);
    this.onTime = tuning.misfireThreshold();
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
          Optional.ofNullable(latest.get(dag.dagId())).map(DagRun::dataInterval), clock.instant());
      nextDue.put(dag.dagId(), next.orElse(null));
      next.ifPresent(at -> schedule(dag.dagId(), at));
    }
    store.setNextDue(nextDue);
    triggers.start();
  }

  /**
   * Creates the due runs of a DAG and sets its trigger to its next due instant; removes the
   * trigger when the DAG is paused, gone or has no more runs to come.
   */
  public synchronized void catchUp(String dagId) {
    boolean paused = store.dag(dagId).map(DagRecord::paused).orElse(false);
    catchUp(List.of(dagId), paused ? Set.of(dagId) : Set.of(), clock.instant());
  }

  // Catches up each DAG as of {@code asOf}, then stores their next due instants in one batch.
  private void catchUp(List<String> dagIds, Set<String> paused, Instant asOf) {
    Map<String, Instant> nextDue = new HashMap<>();
    for (String dagId : dagIds) {
      Optional<DagDefinition> dag = dags.get(dagId);
      if (dag.isEmpty() || paused.contains(dagId) || dag.get().schedule().isManual()) {
        unschedule(dagId);
        continue;
      }
      Optional<Instant> next = createDueRuns(dag.get(), latestInterval(dagId), asOf);
      nextDue.put(dagId, next.orElse(null));
      next.ifPresentOrElse(at -> schedule(dagId, at), () -> unschedule(dagId));
    }
    store.setNextDue(nextDue);
  }

  /** Creates the runs due since {@code last} by {@code asOf}; returns when the next falls due. */
  private Optional<Instant> createDueRuns(DagDefinition dag, Optional<DataInterval> last,
      Instant asOf) {
    List<DataInterval> due = DueIntervals.between(dag, last.orElse(null), asOf, Integer.MAX_VALUE);
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
    return nextDue(dag, due.isEmpty() ? last : Optional.of(due.get(due.size() - 1)), asOf);
  }

  /** Stops firing for a DAG (removed or paused); its runs stay. */
  public synchronized void stop(String dagId) {
    unschedule(dagId);
  }

  private void schedule(String dagId, Instant due) {
    planned.put(dagId, new Planned(due, triggers.schedule(dagId, onQuartzClock(due))));
  }

  private void unschedule(String dagId) {
    planned.remove(dagId);
    triggers.unschedule(dagId);
  }

  /** When the run after {@code last} falls due, as the schedule stands at {@code asOf}. */
  private static Optional<Instant> nextDue(DagDefinition dag, Optional<DataInterval> last,
      Instant asOf) {
    return DueIntervals.next(dag, last.orElse(null), asOf).map(DataInterval::runAfter);
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

  // A fire catches up its DAG and every other DAG due by then, in one transaction. Quartz may
  // fire up to 2 ms early: the instant the trigger was set for counts as due. A trigger that was
  // replaced meanwhile (its DAG was caught up with another's fire) does nothing. This object's
  // lock comes first, as in every other path that creates runs.
  private synchronized void fired(String dagId, Instant triggerAt) {
    Planned current = planned.get(dagId);
    if (current == null || !current.triggerAt().equals(triggerAt)) {
      log.debug("DAG {}: its trigger for {} was replaced or removed; nothing to do", dagId,
          triggerAt);
      return;
    }
    // A fire on time is handled as of the instant it was due, as Airflow decides a run's time
    // when it plans it: a run due at that instant (an event, with catch-up off) is not skipped
    // because the fire came a few milliseconds late. Runs due since then get a fire of their own.
    Instant now = clock.instant();
    Instant asOf = now.isAfter(current.due().plus(onTime)) ? now : current.due();
    List<String> due = new ArrayList<>();
    due.add(dagId);
    planned.forEach((other, plan) -> {
      if (!other.equals(dagId) && !plan.due().isAfter(asOf)) {
        due.add(other);
      }
    });
    catchUpTogether(due, asOf);
  }

  // When the transaction of several DAGs fails, each is tried alone: one DAG's failure (its
  // runs cannot be stored) leaves the others running on time.
  private void catchUpTogether(List<String> dagIds, Instant asOf) {
    try {
      progress.inOneTransaction(() -> catchUp(dagIds, store.pausedDags(), asOf));
    } catch (RuntimeException e) {
      dagIds.forEach(latestCreated::remove); // what the transaction created is gone
      if (dagIds.size() == 1) {
        log.error("DAG {}: could not create its due runs", dagIds.get(0), e);
        return;
      }
      log.warn("DAGs {}: could not create their due runs together ({}); one by one", dagIds,
          e.toString());
      dagIds.forEach(one -> catchUpTogether(List.of(one), asOf));
    }
  }

  @Override
  public void close() {
    triggers.close();
  }
}
