package dev.nightshift.scheduler.store;

import dev.nightshift.scheduler.backfill.Backfill;
import dev.nightshift.scheduler.backfill.BackfillState;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunRef;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.run.Transition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata store: the source of truth for DAGs, runs, task instances and their tries. Safe to
 * call from any thread. Updates use optimistic locking: the caller passes the row it read, and an
 * update of a row that changed since throws {@link ConcurrentRunModificationException}: at once,
 * or, inside {@link #atomically}, at the latest when the transaction commits (which it then does
 * not).
 */
public interface RunStore {

  /** Records a DAG's current version; the source text of every version stays readable. */
  default void saveDag(String dagId, String version, String sourceText, Instant at) {
    saveDags(java.util.List.of(new DagSource(dagId, version, sourceText)), at);
  }

  /** Records the current versions of many DAGs in one transaction (a start loads them all). */
  void saveDags(List<DagSource> dags, Instant at);

  /**
   * Runs {@code work} in one transaction: every store call it makes on this thread commits
   * together when it returns, or not at all when it throws.
   */
  <T> T atomically(java.util.function.Supplier<T> work);

  /** Marks a DAG inactive (its file is gone); its runs stay. */
  void deactivateDag(String dagId);

  void setPaused(String dagId, boolean paused);

  default void setNextDue(String dagId, Instant nextDueAt) {
    setNextDue(java.util.Collections.singletonMap(dagId, nextDueAt));
  }

  /** Sets when each DAG's next run is due (null: none), in one transaction. */
  void setNextDue(Map<String, Instant> nextDueAt);

  Optional<DagRecord> dag(String dagId);

  /** The ids of the paused DAGs. */
  java.util.Set<String> pausedDags();

  List<DagRecord> dags();

  Optional<String> dagSource(String dagId, String version);

  /** Every version the DAG had, oldest first. */
  List<DagVersion> dagVersions(String dagId);

  /**
   * Creates a run and its task instances in one transaction. Empty when the DAG already has a run
   * for this logical date.
   */
  Optional<DagRun> createRun(DagRun run, List<TaskInstance> tasks);

  /** Moves a run to {@code to}, stamping start or end times as the state implies. */
  DagRun updateRun(DagRun run, RunState to, Instant at);

  Optional<DagRun> run(RunRef ref);

  /** Runs of a DAG, newest logical date first. */
  List<DagRun> runs(String dagId, int limit);

  /** One page of the runs a query selects, with the number of all it selects. */
  RunPage runs(RunQuery query);

  List<DagRun> runsInState(RunState state);

  /** The queued and running runs of one DAG, oldest logical date first. */
  List<DagRun> activeRuns(String dagId);

  /** The scheduled run with the latest logical date: where the schedule continues from. */
  Optional<DagRun> latestScheduledRun(String dagId);

  /** {@link #latestScheduledRun} of every DAG that has one, by DAG id, in one query. */
  Map<String, DagRun> latestScheduledRuns();

  List<TaskInstance> taskInstances(RunRef run);

  Optional<TaskInstance> taskInstance(TaskRef ref);

  /**
   * Moves a task instance to {@code to} after checking the transition table, and appends the
   * change to the history.
   */
  TaskInstance transition(TaskInstance task, TaskState to, Instant at, String reason);

  /** Begins try {@code next.tryNumber()} of a queued task instance and records it. */
  TaskInstance beginTry(TaskInstance task, TaskTry next);

  void updateTry(TaskTry taskTry);

  List<TaskTry> tries(TaskRef task);

  Optional<TaskTry> latestTry(TaskRef task);

  List<Transition> history(RunRef run);

  void savePool(String name, int slots);

  Map<String, Integer> pools();

  /** Stores a new backfill and returns it with its id. */
  Backfill createBackfill(Backfill backfill);

  /** Writes a backfill's state, progress and times. */
  void updateBackfill(Backfill backfill);

  Optional<Backfill> backfill(long id);

  /** Every backfill, oldest first. */
  List<Backfill> backfills();

  /** The backfills in one state, oldest first. */
  List<Backfill> backfills(BackfillState state);
}
