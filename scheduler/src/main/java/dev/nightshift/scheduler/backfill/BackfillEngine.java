package dev.nightshift.scheduler.backfill;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.DueIntervals;
import dev.nightshift.scheduler.dispatch.LoadedDags;
import dev.nightshift.scheduler.dispatch.RunProgress;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunConf;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.runner.NamedThreads;
import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.store.RunStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the runs of stored backfills, no more at a time than the DAG's max_active_runs allows:
 * the next run is created when one of the DAG's runs finishes, on the {@code nightshift-backfill}
 * thread. Where creating runs has got is stored with each run it creates, in one transaction, so a
 * restart continues where it stopped: no interval gets two runs, none is left out.
 */
public final class BackfillEngine implements AutoCloseable {
  /** More intervals than this in one backfill is almost certainly a mistake in the dates. */
  public static final int MAX_INTERVALS = 10_000;

  private static final Logger log = LoggerFactory.getLogger(BackfillEngine.class);

  private final RunStore store;
  private final LoadedDags dags;
  private final RunProgress progress;
  private final Clock clock;
  private final ExecutorService creator =
      Executors.newSingleThreadExecutor(new NamedThreads("backfill"));

  public BackfillEngine(RunStore store, LoadedDags dags, RunProgress progress, Clock clock) {
    this.store = store;
    this.dags = dags;
    this.progress = progress;
    this.clock = clock;
  }

  /**
   * Stores a backfill of [{@code from}, {@code to}] of a loaded, scheduled DAG and starts creating
   * its runs. {@code conf} is checked against the DAG's params at once.
   */
  public Backfill start(String dagId, Instant from, Instant to, Map<String, Object> conf) {
    DagDefinition dag = dags.require(dagId);
    if (dag.schedule().isManual()) {
      throw new IllegalArgumentException("DAG '" + dagId + "' has no schedule to backfill;"
          + " trigger it with a logical date instead");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the backfill ends before it starts: " + from + " > "
          + to);
    }
    Map<String, Object> resolved = RunConf.resolve(dagId, dag.params(), conf);
    List<DataInterval> intervals = DueIntervals.inRange(dag, from, to, MAX_INTERVALS + 1);
    if (intervals.size() > MAX_INTERVALS) {
      throw new TooManyIntervalsException("the range holds more than " + MAX_INTERVALS
          + " intervals of the DAG's schedule; backfill it in parts");
    }
    Instant first = intervals.isEmpty() ? null : intervals.get(0).start();
    Backfill stored = store.createBackfill(
        Backfill.accepted(dagId, from, to, resolved, first, intervals.size(), clock.instant()));
    runsChanged(dagId);
    return stored;
  }

  public Optional<Backfill> get(long id) {
    return store.backfill(id);
  }

  public List<Backfill> all() {
    return store.backfills();
  }

  /** Creates no more runs of the backfill until it is resumed. */
  public Backfill pause(long id) {
    return move(id, BackfillState.PAUSED, BackfillState.RUNNING);
  }

  /** Goes on creating the runs of a paused backfill. */
  public Backfill resume(long id) {
    Backfill resumed = move(id, BackfillState.RUNNING, BackfillState.PAUSED);
    runsChanged(resumed.dagId());
    return resumed;
  }

  /** Creates no more runs of the backfill; the runs it created already still run to their end. */
  public Backfill cancel(long id) {
    return move(id, BackfillState.CANCELLED, BackfillState.RUNNING, BackfillState.PAUSED);
  }

  /** Continues every running backfill, as after a restart. */
  public void resumeAll() {
    store.backfills(BackfillState.RUNNING).stream().map(Backfill::dagId).distinct()
        .forEach(this::runsChanged);
  }

  /**
   * A run of the DAG finished, or the DAG was loaded: its running backfills may create runs now.
   * Returns at once; the runs are created on the backfill thread.
   */
  public void runsChanged(String dagId) {
    creator.execute(() -> createDue(dagId));
  }

  private synchronized Backfill move(long id, BackfillState to, BackfillState... allowedFrom) {
    Backfill backfill = store.backfill(id)
        .orElseThrow(() -> new UnknownBackfillException(id));
    if (!List.of(allowedFrom).contains(backfill.state())) {
      throw new BackfillStateException("backfill " + id + " is " + backfill.state().apiName()
          + "; only a " + String.join(" or ", List.of(allowedFrom).stream()
              .map(BackfillState::apiName).toList()) + " backfill can be made " + to.apiName());
    }
    Backfill moved = backfill.withState(to, clock.instant());
    store.updateBackfill(moved);
    return moved;
  }

  private synchronized void createDue(String dagId) {
    Optional<DagDefinition> dag = dags.get(dagId);
    if (dag.isEmpty()) {
      return; // goes on when the DAG is loaded again
    }
    for (Backfill backfill : store.backfills(BackfillState.RUNNING)) {
      if (backfill.dagId().equals(dagId)) {
        try {
          finishIfDone(createRuns(backfill, dag.get()), dag.get());
        } catch (RuntimeException e) {
          log.error("backfill {} of DAG {} stopped", backfill.id(), dagId, e);
          store.updateBackfill(backfill.failed(String.valueOf(e.getMessage()), clock.instant()));
        }
      }
    }
  }

  // Creates runs, oldest first, while the DAG has fewer active runs than max_active_runs.
  private Backfill createRuns(Backfill backfill, DagDefinition dag) {
    long active = store.activeRuns(dag.dagId()).size();
    Backfill current = backfill;
    while (current.nextLogicalDate() != null && active < dag.maxActiveRuns()) {
      List<DataInterval> next = DueIntervals.inRange(dag, current.nextLogicalDate(),
          current.to(), 2);
      if (next.isEmpty()) {
        current = current.advanced(null, false, clock.instant());
        store.updateBackfill(current);
        break;
      }
      DataInterval interval = next.get(0);
      Instant after = next.size() > 1 ? next.get(1).start() : null;
      Backfill before = current;
      Backfill[] advanced = new Backfill[1];
      // The run and the backfill's progress commit together: a restart neither repeats nor
      // loses an interval.
      progress.inOneTransaction(() -> {
        boolean made =
            progress.createRun(dag, interval, RunType.BACKFILL, before.conf()).isPresent();
        advanced[0] = before.advanced(after, made, clock.instant());
        store.updateBackfill(advanced[0]);
      });
      if (advanced[0].created() > before.created()) {
        active++;
      }
      current = advanced[0];
    }
    return current;
  }

  // Completed once every run is created and none of its runs is queued or running.
  private void finishIfDone(Backfill backfill, DagDefinition dag) {
    if (backfill.nextLogicalDate() != null) {
      return;
    }
    boolean runsActive = store.activeRuns(dag.dagId()).stream()
        .anyMatch(run -> isOf(backfill, run));
    if (!runsActive) {
      store.updateBackfill(backfill.withState(BackfillState.COMPLETED, clock.instant()));
    }
  }

  private static boolean isOf(Backfill backfill, DagRun run) {
    return run.runType() == RunType.BACKFILL && !run.logicalDate().isBefore(backfill.from())
        && !run.logicalDate().isAfter(backfill.to());
  }

  @Override
  public void close() {
    creator.shutdownNow();
    try {
      // A run being created commits or rolls back before the store closes.
      creator.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
