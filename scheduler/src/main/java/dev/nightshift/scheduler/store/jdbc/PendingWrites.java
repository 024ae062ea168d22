package dev.nightshift.scheduler.store.jdbc;

import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunRef;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.run.Transition;
import dev.nightshift.scheduler.store.ConcurrentRunModificationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The updates of one transaction, held back until it runs another statement or commits, then
 * written with one JDBC batch per kind. Several changes of one row within the transaction become
 * one write of its last state: a chained task that starts and ends in one transaction updates
 * its row once, and its try is inserted with its end already in it. The optimistic lock still
 * holds: a row's update is checked against the version it had before the first change, and
 * changes of a row within the transaction must follow each other.
 */
final class PendingWrites {
  private static final String UPDATE_RUN =
      "UPDATE dag_runs SET state = ?, started_at = ?, ended_at = ?, version = ?"
          + " WHERE dag_id = ? AND run_id = ? AND version = ?";
  private static final String UPDATE_TASK =
      "UPDATE task_instances SET state = ?, try_number = ?, queued_at = ?, started_at = ?,"
          + " ended_at = ?, version = ? WHERE dag_id = ? AND run_id = ? AND task_id = ?"
          + " AND version = ?";
  private static final String INSERT_TRY = "INSERT INTO task_tries (dag_id, run_id, task_id,"
      + " try_number, state, started_at, ended_at, runner_type, runner_handle, exit_code, detail,"
      + " log_path, retry_delay_ms, next_try_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  private static final String UPDATE_TRY =
      "UPDATE task_tries SET state = ?, ended_at = ?, runner_handle = ?, exit_code = ?,"
          + " detail = ?, retry_delay_ms = ?, next_try_at = ?"
          + " WHERE dag_id = ? AND run_id = ? AND task_id = ? AND try_number = ?";
  private static final String INSERT_TRANSITION = "INSERT INTO task_transitions (dag_id, run_id,"
      + " task_id, from_state, to_state, at, reason) VALUES (?,?,?,?,?,?,?)";

  /** A row's version before the transaction changed it, and its state and version now. */
  private record Change<T>(long versionBefore, long versionNow, T now) {
    // A second change of a row in this transaction must start from the first one's result.
    static <T> Change<T> after(Change<T> held, long versionBefore, long versionNow, T now,
        Object row) {
      if (held == null) {
        return new Change<>(versionBefore, versionNow, now);
      }
      if (held.versionNow() != versionBefore) {
        throw new ConcurrentRunModificationException(row.toString(), versionBefore);
      }
      return new Change<>(held.versionBefore(), versionNow, now);
    }
  }

  private record TryKey(TaskRef task, int tryNumber) {}

  private final Map<RunRef, Change<DagRun>> runs = new LinkedHashMap<>();
  private final Map<TaskRef, Change<TaskInstance>> tasks = new LinkedHashMap<>();
  private final Map<TryKey, TaskTry> newTries = new LinkedHashMap<>();
  private final Map<TryKey, TaskTry> changedTries = new LinkedHashMap<>();
  private final List<Transition> transitions = new ArrayList<>();

  void updateRun(DagRun before, DagRun after) {
    runs.put(after.ref(), Change.after(runs.get(before.ref()), before.version(), after.version(),
        after, before.ref()));
  }

  void updateTask(TaskInstance before, TaskInstance after) {
    tasks.put(after.ref(), Change.after(tasks.get(before.ref()), before.version(),
        after.version(), after, before.ref()));
  }

  void insertTry(TaskTry taskTry) {
    newTries.put(new TryKey(taskTry.task(), taskTry.tryNumber()), taskTry);
  }

  void updateTry(TaskTry taskTry) {
    TryKey key = new TryKey(taskTry.task(), taskTry.tryNumber());
    (newTries.containsKey(key) ? newTries : changedTries).put(key, taskTry);
  }

  void append(Transition transition) {
    transitions.add(transition);
  }

  /**
   * Writes what is held, in an order the foreign keys accept, and forgets it, also when a write
   * fails: the transaction is then rolled back, and nothing of it may be written again.
   */
  void flush(Connection c) throws SQLException {
    if (runs.isEmpty() && tasks.isEmpty() && newTries.isEmpty() && changedTries.isEmpty()
        && transitions.isEmpty()) {
      return;
    }
    try {
      write(c);
    } finally {
      runs.clear();
      tasks.clear();
      newTries.clear();
      changedTries.clear();
      transitions.clear();
    }
  }

  private void write(Connection c) throws SQLException {
    List<Change<DagRun>> runChanges = new ArrayList<>(runs.values());
    check(Jdbc.batch(c, UPDATE_RUN, runChanges.stream().map(r -> new Object[] {
        r.now().state().apiName(), r.now().startedAt(), r.now().endedAt(), r.now().version(),
        r.now().dagId(), r.now().runId(), r.versionBefore()}).toList()),
        runChanges, DagRun::ref);
    List<Change<TaskInstance>> taskChanges = new ArrayList<>(tasks.values());
    check(Jdbc.batch(c, UPDATE_TASK, taskChanges.stream().map(t -> new Object[] {
        t.now().state().apiName(), t.now().tryNumber(), t.now().queuedAt(), t.now().startedAt(),
        t.now().endedAt(), t.now().version(), t.now().dagId(), t.now().runId(),
        t.now().taskId(), t.versionBefore()}).toList()),
        taskChanges, TaskInstance::ref);
    Jdbc.batch(c, INSERT_TRY, newTries.values().stream().map(t -> new Object[] {
        t.task().dagId(), t.task().runId(), t.task().taskId(), t.tryNumber(),
        t.state().apiName(), t.startedAt(), t.endedAt(), t.runnerType(), t.handle(),
        t.exitCode(), truncate(t.detail()), t.logPath(), retryDelayMillis(t), t.nextTryAt()})
        .toList());
    Jdbc.batch(c, UPDATE_TRY, changedTries.values().stream().map(t -> new Object[] {
        t.state().apiName(), t.endedAt(), t.handle(), t.exitCode(), truncate(t.detail()),
        retryDelayMillis(t), t.nextTryAt(), t.task().dagId(), t.task().runId(),
        t.task().taskId(), t.tryNumber()}).toList());
    appendAll(c, transitions);
  }

  /** Appends history rows at once, in their order. */
  static void appendAll(Connection c, List<Transition> history) throws SQLException {
    Jdbc.batch(c, INSERT_TRANSITION, history.stream().map(t -> new Object[] {t.task().dagId(),
        t.task().runId(), t.task().taskId(), t.from() == null ? null : t.from().apiName(),
        t.to().apiName(), t.at(), truncate(t.reason())}).toList());
  }

  static String truncate(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
  }

  // The message is built only for a row that changed under us: this runs for every task.
  private static <T> void check(int[] updated, List<Change<T>> changes, Function<T, ?> ref) {
    for (int i = 0; i < updated.length; i++) {
      if (updated[i] == 0) {
        Change<T> change = changes.get(i);
        throw new ConcurrentRunModificationException(
            ref.apply(change.now()).toString(), change.versionBefore());
      }
    }
  }

  private static Long retryDelayMillis(TaskTry t) {
    return t.retryDelay() == null ? null : t.retryDelay().toMillis();
  }
}
