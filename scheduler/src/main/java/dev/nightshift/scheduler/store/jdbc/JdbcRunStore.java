package dev.nightshift.scheduler.store.jdbc;

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
import dev.nightshift.scheduler.store.DagRecord;
import dev.nightshift.scheduler.store.DagVersion;
import dev.nightshift.scheduler.store.RunPage;
import dev.nightshift.scheduler.store.RunQuery;
import dev.nightshift.scheduler.store.DagSource;
import dev.nightshift.scheduler.store.RunStore;
import dev.nightshift.scheduler.store.StoreException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** {@link RunStore} on any JDBC database migrated by {@link MetadataDatabase} (H2, PostgreSQL). */
public final class JdbcRunStore implements RunStore {
  private static final String RUN_COLUMNS =
      "dag_id, run_id, logical_date, data_interval_start, data_interval_end, state, run_type, conf,"
          + " dag_version, created_at, started_at, ended_at, version";
  private static final String TASK_COLUMNS =
      "dag_id, run_id, task_id, state, try_number, priority_weight, pool, queued_at, started_at,"
          + " ended_at, version";

  private static final String UNIQUE_VIOLATION = "23505";

  private final Jdbc jdbc;

  public JdbcRunStore(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public void saveDags(List<DagSource> dags, Instant at) {
    if (dags.isEmpty()) {
      return;
    }
    jdbc.tx("save " + dags.size() + " DAG(s)", c -> {
      Map<String, String> current = new HashMap<>();
      // One DAG changed: look it up; a whole folder at start: read them all at once.
      if (dags.size() == 1) {
        Jdbc.query(c, "SELECT dag_id, current_version FROM dags WHERE dag_id = ?",
            rs -> Map.entry(rs.getString(1), rs.getString(2)), dags.get(0).dagId())
            .forEach(e -> current.put(e.getKey(), e.getValue()));
      } else {
        Jdbc.query(c, "SELECT dag_id, current_version FROM dags",
            rs -> Map.entry(rs.getString(1), rs.getString(2)))
            .forEach(e -> current.put(e.getKey(), e.getValue()));
      }
      List<Object[]> newDags = new ArrayList<>();
      List<Object[]> knownDags = new ArrayList<>();
      List<Object[]> newVersions = new ArrayList<>();
      for (DagSource dag : dags) {
        String known = current.get(dag.dagId());
        if (known == null) {
          newDags.add(new Object[] {dag.dagId(), dag.version()});
        } else {
          knownDags.add(new Object[] {dag.version(), dag.dagId()});
        }
        boolean knownVersion = dag.version().equals(known) || (known != null && !Jdbc.query(c,
            "SELECT version FROM dag_versions WHERE dag_id = ? AND version = ?",
            rs -> rs.getString(1), dag.dagId(), dag.version()).isEmpty());
        if (!knownVersion) {
          newVersions.add(new Object[] {dag.dagId(), dag.version(), dag.sourceText(), at});
        }
      }
      Jdbc.batch(c, "INSERT INTO dag_versions (dag_id, version, source_text, created_at)"
          + " VALUES (?, ?, ?, ?)", newVersions);
      Jdbc.batch(c, "UPDATE dags SET active = TRUE, current_version = ? WHERE dag_id = ?",
          knownDags);
      Jdbc.batch(c, "INSERT INTO dags (dag_id, active, paused, current_version)"
          + " VALUES (?, TRUE, FALSE, ?)", newDags);
      return null;
    });
  }

  @Override
  public <T> T atomically(Supplier<T> work) {
    return jdbc.inTransaction("commit a change of runs", work);
  }

  @Override
  public void deactivateDag(String dagId) {
    jdbc.update("deactivate DAG " + dagId,
        "UPDATE dags SET active = FALSE, next_due_at = NULL WHERE dag_id = ?", dagId);
  }

  @Override
  public void setPaused(String dagId, boolean paused) {
    int updated = jdbc.update("pause DAG " + dagId,
        "UPDATE dags SET paused = ? WHERE dag_id = ?", paused, dagId);
    if (updated == 0) {
      throw new IllegalArgumentException("no DAG with id '" + dagId + "'");
    }
  }

  @Override
  public void setNextDue(Map<String, Instant> nextDueAt) {
    if (nextDueAt.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>();
    nextDueAt.forEach((dagId, at) -> rows.add(new Object[] {at, dagId}));
    jdbc.tx("set next due of " + rows.size() + " DAG(s)", c -> {
      Jdbc.batch(c, "UPDATE dags SET next_due_at = ? WHERE dag_id = ?", rows);
      return null;
    });
  }

  @Override
  public Optional<DagRecord> dag(String dagId) {
    return jdbc.queryOne("read DAG " + dagId, "SELECT * FROM dags WHERE dag_id = ?", Rows::dag,
        dagId);
  }

  @Override
  public Set<String> pausedDags() {
    return new HashSet<>(jdbc.query("list paused DAGs",
        "SELECT dag_id FROM dags WHERE paused = TRUE", rs -> rs.getString(1)));
  }

  @Override
  public List<DagRecord> dags() {
    return jdbc.query("list DAGs", "SELECT * FROM dags ORDER BY dag_id", Rows::dag);
  }

  @Override
  public Optional<String> dagSource(String dagId, String version) {
    return jdbc.queryOne("read DAG source " + dagId,
        "SELECT source_text FROM dag_versions WHERE dag_id = ? AND version = ?",
        rs -> rs.getString(1), dagId, version);
  }

  @Override
  public List<DagVersion> dagVersions(String dagId) {
    return jdbc.query("list versions of DAG " + dagId,
        "SELECT dag_id, version, created_at FROM dag_versions WHERE dag_id = ?"
            + " ORDER BY created_at, version",
        rs -> new DagVersion(rs.getString("dag_id"), rs.getString("version"),
            Jdbc.instant(rs, "created_at")), dagId);
  }

  @Override
  public Optional<DagRun> createRun(DagRun run, List<TaskInstance> tasks) {
    try {
      return insertRun(run, tasks);
    } catch (StoreException e) {
      // Another writer inserted the same logical date between our check and our insert.
      if (!(e instanceof HeldBackWriteException)
          && e.getCause() instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private Optional<DagRun> insertRun(DagRun run, List<TaskInstance> tasks) {
    return jdbc.tx("create " + run.ref(), c -> {
      boolean exists = !Jdbc.query(c,
          "SELECT run_id FROM dag_runs WHERE dag_id = ? AND (logical_date = ? OR run_id = ?)",
          rs -> rs.getString(1), run.dagId(), run.logicalDate(), run.runId()).isEmpty();
      if (exists) {
        return Optional.<DagRun>empty();
      }
      Jdbc.update(c, "INSERT INTO dag_runs (" + RUN_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
          run.dagId(), run.runId(), run.logicalDate(), run.dataInterval().start(),
          run.dataInterval().end(), run.state().apiName(), run.runType().apiName(),
          Rows.confToJson(run.conf()), run.dagVersion(), run.createdAt(), run.startedAt(),
          run.endedAt(), run.version());
      List<Object[]> rows = new ArrayList<>();
      List<Transition> history = new ArrayList<>();
      for (TaskInstance t : tasks) {
        rows.add(new Object[] {t.dagId(), t.runId(), t.taskId(), t.state().apiName(),
            t.tryNumber(), t.priorityWeight(), t.pool(), t.queuedAt(), t.startedAt(), t.endedAt(),
            t.version()});
        history.add(new Transition(t.ref(), null, t.state(), run.createdAt(), "run created"));
      }
      Jdbc.batch(c, "INSERT INTO task_instances (" + TASK_COLUMNS
          + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows);
      PendingWrites.appendAll(c, history);
      return Optional.of(run);
    });
  }

  @Override
  public DagRun updateRun(DagRun run, RunState to, Instant at) {
    Instant started = run.startedAt() == null && to != RunState.QUEUED ? at : run.startedAt();
    Instant ended = to.isFinished() ? at : null;
    DagRun moved = new DagRun(run.dagId(), run.runId(), run.logicalDate(), run.dataInterval(), to,
        run.runType(), run.conf(), run.dagVersion(), run.createdAt(), started, ended, run.version() + 1);
    jdbc.defer(() -> "update " + run.ref(), pending -> pending.updateRun(run, moved));
    return moved;
  }

  @Override
  public Optional<DagRun> run(RunRef ref) {
    return jdbc.queryOne("read " + ref, "SELECT * FROM dag_runs WHERE dag_id = ? AND run_id = ?",
        Rows::run, ref.dagId(), ref.runId());
  }

  @Override
  public List<DagRun> runs(String dagId, int limit) {
    return jdbc.query("list runs of " + dagId,
        "SELECT * FROM dag_runs WHERE dag_id = ? ORDER BY logical_date DESC LIMIT " + limit,
        Rows::run, dagId);
  }

  @Override
  public RunPage runs(RunQuery query) {
    RunFilter filter = RunFilter.of(query);
    return jdbc.read("query runs", c -> {
      long total = Jdbc.query(c, "SELECT COUNT(*) FROM dag_runs" + filter.where(),
          rs -> rs.getLong(1), filter.arguments()).get(0);
      List<DagRun> page = Jdbc.query(c, "SELECT * FROM dag_runs" + filter.where()
          + filter.orderBy() + " LIMIT " + query.limit() + " OFFSET " + query.offset(),
          Rows::run, filter.arguments());
      return new RunPage(page, total);
    });
  }

  @Override
  public List<DagRun> runsInState(RunState state) {
    return jdbc.query("list " + state.apiName() + " runs",
        "SELECT * FROM dag_runs WHERE state = ? ORDER BY dag_id, logical_date", Rows::run,
        state.apiName());
  }

  @Override
  public List<DagRun> activeRuns(String dagId) {
    return jdbc.query("list active runs of " + dagId,
        "SELECT * FROM dag_runs WHERE dag_id = ? AND state IN (?, ?) ORDER BY logical_date",
        Rows::run, dagId, RunState.QUEUED.apiName(), RunState.RUNNING.apiName());
  }

  @Override
  public Optional<DagRun> latestScheduledRun(String dagId) {
    return jdbc.queryOne("read latest run of " + dagId,
        "SELECT * FROM dag_runs WHERE dag_id = ? AND run_type = 'scheduled'"
            + " ORDER BY logical_date DESC LIMIT 1", Rows::run, dagId);
  }

  @Override
  public Map<String, DagRun> latestScheduledRuns() {
    Map<String, DagRun> latest = new HashMap<>();
    jdbc.query("read latest scheduled runs",
        "SELECT * FROM dag_runs r WHERE run_type = 'scheduled' AND logical_date ="
            + " (SELECT MAX(logical_date) FROM dag_runs l"
            + " WHERE l.dag_id = r.dag_id AND l.run_type = 'scheduled')", Rows::run)
        .forEach(run -> latest.put(run.dagId(), run));
    return latest;
  }

  @Override
  public List<TaskInstance> taskInstances(RunRef run) {
    return jdbc.query("list tasks of " + run,
        "SELECT * FROM task_instances WHERE dag_id = ? AND run_id = ? ORDER BY task_id",
        Rows::task, run.dagId(), run.runId());
  }

  @Override
  public Optional<TaskInstance> taskInstance(TaskRef ref) {
    return jdbc.queryOne("read " + ref,
        "SELECT * FROM task_instances WHERE dag_id = ? AND run_id = ? AND task_id = ?",
        Rows::task, ref.dagId(), ref.runId(), ref.taskId());
  }

  @Override
  public TaskInstance transition(TaskInstance task, TaskState to, Instant at, String reason) {
    task.state().checkMoveTo(to, task.ref().toString());
    Instant queued = to == TaskState.QUEUED ? at : task.queuedAt();
    Instant started = switch (to) {
      case RUNNING -> at;
      case SCHEDULED -> null;
      default -> task.startedAt();
    };
    Instant ended = to.isFinished() ? at : null;
    TaskInstance moved = new TaskInstance(task.ref(), to, task.tryNumber(), task.priorityWeight(),
        task.pool(), queued, started, ended, task.version() + 1);
    jdbc.defer(() -> "move " + task.ref() + " to " + to.apiName(), pending -> {
      pending.updateTask(task, moved);
      pending.append(new Transition(task.ref(), task.state(), to, at, reason));
    });
    return moved;
  }

  @Override
  public TaskInstance beginTry(TaskInstance task, TaskTry next) {
    TaskInstance counted = new TaskInstance(task.ref(), task.state(), next.tryNumber(),
        task.priorityWeight(), task.pool(), task.queuedAt(), task.startedAt(), task.endedAt(),
        task.version() + 1);
    jdbc.defer(() -> "begin try " + next.tryNumber() + " of " + task.ref(), pending -> {
      pending.updateTask(task, counted);
      pending.insertTry(next);
    });
    return counted;
  }

  @Override
  public void updateTry(TaskTry t) {
    jdbc.defer(() -> "update try " + t.tryNumber() + " of " + t.task(),
        pending -> pending.updateTry(t));
  }

  @Override
  public List<TaskTry> tries(TaskRef task) {
    return jdbc.query("list tries of " + task,
        "SELECT * FROM task_tries WHERE dag_id = ? AND run_id = ? AND task_id = ?"
            + " ORDER BY try_number", Rows::taskTry, task.dagId(), task.runId(), task.taskId());
  }

  @Override
  public Optional<TaskTry> latestTry(TaskRef task) {
    return jdbc.queryOne("read latest try of " + task,
        "SELECT * FROM task_tries WHERE dag_id = ? AND run_id = ? AND task_id = ?"
            + " ORDER BY try_number DESC LIMIT 1",
        Rows::taskTry, task.dagId(), task.runId(), task.taskId());
  }

  @Override
  public List<Transition> history(RunRef run) {
    return jdbc.query("read history of " + run,
        "SELECT * FROM task_transitions WHERE dag_id = ? AND run_id = ? ORDER BY id",
        Rows::transition, run.dagId(), run.runId());
  }

  @Override
  public void savePool(String name, int slots) {
    jdbc.tx("save pool " + name, c -> {
      if (Jdbc.update(c, "UPDATE pools SET slots = ? WHERE name = ?", slots, name) == 0) {
        Jdbc.update(c, "INSERT INTO pools (name, slots) VALUES (?, ?)", name, slots);
      }
      return null;
    });
  }

  @Override
  public Map<String, Integer> pools() {
    Map<String, Integer> pools = new LinkedHashMap<>();
    jdbc.query("list pools", "SELECT name, slots FROM pools ORDER BY name",
            rs -> Map.entry(rs.getString(1), rs.getInt(2)))
        .forEach(e -> pools.put(e.getKey(), e.getValue()));
    return pools;
  }

  @Override
  public Backfill createBackfill(Backfill b) {
    long id = jdbc.tx("create a backfill of DAG " + b.dagId(), c -> Jdbc.insert(c,
        "INSERT INTO backfills (dag_id, from_date, to_date, dag_run_conf, state, next_logical_date,"
            + " runs_total, runs_created, runs_skipped, error, created_at, updated_at, completed_at)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        b.dagId(), b.from(), b.to(), Rows.confToJson(b.conf()), b.state().apiName(),
        b.nextLogicalDate(), b.total(), b.created(), b.skipped(), b.error(), b.createdAt(),
        b.updatedAt(), b.completedAt()));
    return backfill(id).orElseThrow();
  }

  @Override
  public void updateBackfill(Backfill b) {
    jdbc.update("update backfill " + b.id(),
        "UPDATE backfills SET state = ?, next_logical_date = ?, runs_created = ?, runs_skipped = ?,"
            + " error = ?, updated_at = ?, completed_at = ? WHERE id = ?",
        b.state().apiName(), b.nextLogicalDate(), b.created(), b.skipped(), b.error(),
        b.updatedAt(), b.completedAt(), b.id());
  }

  @Override
  public Optional<Backfill> backfill(long id) {
    return jdbc.queryOne("read backfill " + id, "SELECT * FROM backfills WHERE id = ?",
        Rows::backfill, id);
  }

  @Override
  public List<Backfill> backfills() {
    return jdbc.query("list backfills", "SELECT * FROM backfills ORDER BY id", Rows::backfill);
  }

  @Override
  public List<Backfill> backfills(BackfillState state) {
    return jdbc.query("list " + state.apiName() + " backfills",
        "SELECT * FROM backfills WHERE state = ? ORDER BY id", Rows::backfill, state.apiName());
  }
}
