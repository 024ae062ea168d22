package dev.nightshift.scheduler.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.nightshift.scheduler.backfill.Backfill;
import dev.nightshift.scheduler.backfill.BackfillState;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.IllegalStateTransitionException;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskRef;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.run.TaskTry;
import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.store.ConcurrentRunModificationException;
import dev.nightshift.scheduler.store.DagRecord;
import dev.nightshift.scheduler.store.DagSource;
import dev.nightshift.scheduler.store.RunQuery;
import dev.nightshift.scheduler.store.RunStore;
import dev.nightshift.scheduler.store.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One suite for every database the store supports; subclasses give the JDBC URL. */
abstract class RunStoreContractTest {
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private MetadataDatabase database;
  private RunStore store;

  abstract String jdbcUrl();

  String user() {
    return "sa";
  }

  @BeforeEach
  void open() {
    database = MetadataDatabase.open(jdbcUrl(), user(), "", 2);
    store = new JdbcRunStore(database.dataSource());
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static DagRun run(String dagId, Instant logicalDate, RunType type) {
    return new DagRun(dagId, type.runId(logicalDate), logicalDate,
        new DataInterval(logicalDate, logicalDate.plus(Duration.ofDays(1))), RunState.QUEUED, type,
        Map.of("limit", 5, "tags", List.of("a")), "v1", T0, null, null, 0);
  }

  private static TaskInstance task(DagRun run, String taskId) {
    return new TaskInstance(new TaskRef(run.dagId(), run.runId(), taskId), TaskState.SCHEDULED, 0,
        3, "default_pool", null, null, null, 0);
  }

  private DagRun createdRun() {
    DagRun run = run("feeds", T0, RunType.SCHEDULED);
    store.saveDag("feeds", "v1", "dag_id: feeds", T0);
    return store.createRun(run, List.of(task(run, "a"), task(run, "b"))).orElseThrow();
  }

  @Test
  void a_run_and_its_tasks_are_stored_with_conf_and_dag_version() {
    DagRun run = createdRun();

    DagRun read = store.run(run.ref()).orElseThrow();
    assertThat(read).isEqualTo(run);
    assertThat(read.conf()).containsEntry("limit", 5).containsEntry("tags", List.of("a"));
    assertThat(store.taskInstances(run.ref())).extracting(TaskInstance::taskId)
        .containsExactly("a", "b");
  }

  @Test
  void a_second_run_for_the_same_logical_date_is_not_created() {
    createdRun();
    DagRun manualSameDate = run("feeds", T0, RunType.MANUAL);

    assertThat(store.createRun(manualSameDate, List.of())).isEmpty();
    assertThat(store.runs("feeds", 10)).hasSize(1);
  }

  @Test
  void a_stale_run_update_throws_concurrent_modification() {
    DagRun run = createdRun();
    store.updateRun(run, RunState.RUNNING, T0.plusSeconds(1));

    assertThatThrownBy(() -> store.updateRun(run, RunState.FAILED, T0.plusSeconds(2)))
        .isInstanceOf(ConcurrentRunModificationException.class)
        .hasMessageContaining("DagRun(dag=feeds, run=scheduled__2026-03-01T00:00:00Z)");
  }

  @Test
  void run_updates_stamp_start_and_end() {
    DagRun running = store.updateRun(createdRun(), RunState.RUNNING, T0.plusSeconds(1));
    DagRun done = store.updateRun(running, RunState.SUCCESS, T0.plusSeconds(5));

    assertThat(store.run(done.ref()).orElseThrow()).isEqualTo(done);
    assertThat(done.startedAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(done.endedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(store.runsInState(RunState.SUCCESS)).containsExactly(done);
  }

  @Test
  void runs_are_filtered_by_start_end_and_last_change_and_sorted_by_every_order() {
    store.saveDag("feeds", "v1", "dag_id: feeds", T0);
    DagRun ended = createRun(run("feeds", T0, RunType.SCHEDULED));
    ended = store.updateRun(ended, RunState.RUNNING, T0.plusSeconds(3600));
    ended = store.updateRun(ended, RunState.SUCCESS, T0.plusSeconds(7200));
    DagRun running = createRun(run("feeds", T0.plus(Duration.ofDays(1)), RunType.MANUAL));
    running = store.updateRun(running, RunState.RUNNING, T0.plusSeconds(5400));
    DagRun queued = createRun(run("feeds", T0.plus(Duration.ofDays(2)), RunType.BACKFILL));

    assertThat(runIds(query(TimeRange.ANY, new TimeRange(T0.plusSeconds(7200), null),
        TimeRange.ANY, RunQuery.Order.RUN_ID, false))).containsExactly(ended.runId());
    assertThat(runIds(query(new TimeRange(null, T0.plusSeconds(5400)), TimeRange.ANY,
        TimeRange.ANY, RunQuery.Order.START_DATE, false)))
        .containsExactly(ended.runId(), running.runId());
    // the last change is the latest of creation (T0 for all three), start and end
    assertThat(runIds(query(TimeRange.ANY, TimeRange.ANY,
        new TimeRange(T0.plusSeconds(5000), T0.plusSeconds(6000)), RunQuery.Order.RUN_ID, false)))
        .containsExactly(running.runId());
    assertThat(runIds(query(TimeRange.ANY, TimeRange.ANY, new TimeRange(null, T0),
        RunQuery.Order.RUN_ID, false))).containsExactly(queued.runId());
    assertThat(runIds(query(TimeRange.ANY, TimeRange.ANY, TimeRange.ANY,
        RunQuery.Order.UPDATED_AT, true)))
        .containsExactly(ended.runId(), running.runId(), queued.runId());
    // runs not yet ended come last ascending and first descending, on every database
    assertThat(runIds(query(TimeRange.ANY, TimeRange.ANY, TimeRange.ANY,
        RunQuery.Order.END_DATE, false)))
        .containsExactly(ended.runId(), queued.runId(), running.runId());
    assertThat(runIds(query(TimeRange.ANY, TimeRange.ANY, TimeRange.ANY,
        RunQuery.Order.END_DATE, true)))
        .containsExactly(running.runId(), queued.runId(), ended.runId());
    assertThat(runIds(query(TimeRange.ANY, TimeRange.ANY, TimeRange.ANY,
        RunQuery.Order.RUN_TYPE, false)))
        .containsExactly(queued.runId(), running.runId(), ended.runId());
    for (RunQuery.Order order : RunQuery.Order.values()) {
      assertThat(runIds(query(TimeRange.ANY, TimeRange.ANY, TimeRange.ANY, order, true)))
          .as(order.name())
          .hasSize(3);
    }
  }

  private DagRun createRun(DagRun run) {
    return store.createRun(run, List.of()).orElseThrow();
  }

  private List<String> runIds(RunQuery query) {
    return store.runs(query).runs().stream().map(DagRun::runId).toList();
  }

  private static RunQuery query(TimeRange startDate, TimeRange endDate, TimeRange updatedAt,
      RunQuery.Order order, boolean descending) {
    return new RunQuery("feeds", Set.of(), Set.of(), TimeRange.ANY, startDate,
        endDate, updatedAt, order, descending, 10, 0);
  }

  @Test
  void task_transitions_are_checked_locked_and_kept_in_the_history() {
    DagRun run = createdRun();
    TaskInstance a = store.taskInstances(run.ref()).get(0);
    TaskInstance queued = store.transition(a, TaskState.QUEUED, T0.plusSeconds(1), "ready");

    assertThatThrownBy(() -> store.transition(a, TaskState.QUEUED, T0.plusSeconds(2), "again"))
        .isInstanceOf(ConcurrentRunModificationException.class);
    assertThatThrownBy(() -> store.transition(queued, TaskState.UP_FOR_RETRY, T0, "x"))
        .isInstanceOf(IllegalStateTransitionException.class);
    assertThat(store.taskInstance(a.ref()).orElseThrow()).isEqualTo(queued);
    assertThat(store.history(run.ref()))
        .filteredOn(t -> t.task().taskId().equals("a"))
        .extracting(t -> t.from() + "->" + t.to() + ":" + t.reason())
        .containsExactly("null->SCHEDULED:run created", "SCHEDULED->QUEUED:ready");
  }

  @Test
  void tries_keep_handle_exit_code_and_retry_backoff() {
    DagRun run = createdRun();
    TaskInstance queued = store.transition(store.taskInstances(run.ref()).get(0),
        TaskState.QUEUED, T0, "ready");
    TaskTry first = new TaskTry(queued.ref(), 1, TaskState.RUNNING, T0.plusSeconds(1), null,
        "shell", null, null, null, "/logs/1.log", null, null);
    TaskInstance counted = store.beginTry(queued, first);
    store.updateTry(first.withHandle("{\"pid\":42}")
        .ended(TaskState.UP_FOR_RETRY, T0.plusSeconds(3), 1, "exit code 1")
        .retryAfter(Duration.ofSeconds(30), T0.plusSeconds(33)));

    assertThat(counted.tryNumber()).isEqualTo(1);
    TaskTry stored = store.latestTry(queued.ref()).orElseThrow();
    assertThat(stored.handle()).isEqualTo("{\"pid\":42}");
    assertThat(stored.exitCode()).isEqualTo(1);
    assertThat(stored.retryDelay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(stored.nextTryAt()).isEqualTo(T0.plusSeconds(33));
    assertThat(store.tries(queued.ref())).hasSize(1);
  }

  @Test
  void every_dag_version_stays_readable_and_pause_is_kept() {
    store.saveDag("feeds", "v1", "one", T0);
    store.saveDag("feeds", "v2", "two", T0.plusSeconds(1));
    store.setPaused("feeds", true);
    store.setNextDue("feeds", T0.plusSeconds(60));

    assertThat(store.dagSource("feeds", "v1")).contains("one");
    assertThat(store.dagSource("feeds", "v2")).contains("two");
    assertThat(store.dag("feeds").orElseThrow())
        .satisfies(d -> {
          assertThat(d.currentVersion()).isEqualTo("v2");
          assertThat(d.paused()).isTrue();
          assertThat(d.nextDueAt()).isEqualTo(T0.plusSeconds(60));
        });
    assertThatThrownBy(() -> store.setPaused("nope", true)).hasMessage("no DAG with id 'nope'");
  }

  @Test
  void many_dags_are_saved_and_scheduled_in_one_go() {
    store.saveDag("feeds", "v1", "one", T0);
    store.saveDags(List.of(new DagSource("feeds", "v2", "two"), new DagSource("ads", "v1", "ads"),
        new DagSource("mail", "v1", "mail")), T0);
    store.saveDags(List.of(new DagSource("feeds", "v1", "one"), new DagSource("ads", "v1", "ads")),
        T0);
    Map<String, Instant> due = new java.util.HashMap<>();
    due.put("feeds", T0.plusSeconds(60));
    due.put("ads", null);
    store.setNextDue(due);

    assertThat(store.dags()).extracting(DagRecord::dagId, DagRecord::currentVersion,
            DagRecord::nextDueAt)
        .containsExactly(tuple("ads", "v1", null), tuple("feeds", "v1", T0.plusSeconds(60)),
            tuple("mail", "v1", null));
    assertThat(store.dagSource("feeds", "v2")).contains("two");
  }

  @Test
  void the_latest_scheduled_run_of_every_dag_is_read_at_once() {
    store.saveDags(List.of(new DagSource("feeds", "v1", "x"), new DagSource("ads", "v1", "y")), T0);
    store.createRun(run("feeds", T0, RunType.SCHEDULED), List.of());
    store.createRun(run("feeds", T0.plus(Duration.ofDays(1)), RunType.SCHEDULED), List.of());
    store.createRun(run("ads", T0, RunType.SCHEDULED), List.of());
    store.createRun(run("ads", T0.plus(Duration.ofDays(3)), RunType.MANUAL), List.of());

    assertThat(store.latestScheduledRuns()).hasSize(2)
        .hasEntrySatisfying("feeds", r -> assertThat(r.logicalDate())
            .isEqualTo(T0.plus(Duration.ofDays(1))))
        .hasEntrySatisfying("ads", r -> assertThat(r.logicalDate()).isEqualTo(T0));
  }

  @Test
  void changes_made_atomically_commit_together_or_not_at_all() {
    DagRun run = createdRun();
    TaskInstance a = store.taskInstance(new TaskRef("feeds", run.runId(), "a")).orElseThrow();
    TaskInstance b = store.taskInstance(new TaskRef("feeds", run.runId(), "b")).orElseThrow();

    assertThatThrownBy(() -> store.atomically(() -> {
      store.transition(a, TaskState.QUEUED, T0, "ready");
      return store.transition(b, TaskState.RUNNING, T0, "not allowed from scheduled");
    })).isInstanceOf(IllegalStateTransitionException.class);
    assertThat(store.taskInstance(a.ref()).orElseThrow().state()).isEqualTo(TaskState.SCHEDULED);

    store.atomically(() -> {
      store.transition(a, TaskState.QUEUED, T0, "ready");
      return store.transition(b, TaskState.QUEUED, T0, "ready");
    });
    assertThat(store.taskInstances(run.ref())).extracting(TaskInstance::state)
        .containsOnly(TaskState.QUEUED);
    assertThat(store.history(run.ref())).hasSize(4);
  }

  @Test
  void a_row_changed_several_times_in_a_transaction_is_written_once_with_its_last_state() {
    DagRun run = createdRun();
    TaskInstance a = store.taskInstances(run.ref()).get(0);
    long before = database.statementsExecuted();

    TaskInstance ran = store.atomically(() -> {
      TaskInstance queued = store.transition(a, TaskState.QUEUED, T0, "ready");
      TaskTry begun = new TaskTry(a.ref(), 1, TaskState.RUNNING, T0.plusSeconds(1), null, "noop",
          null, null, null, "/logs/1.log", null, null);
      TaskInstance running = store.transition(store.beginTry(queued, begun), TaskState.RUNNING,
          T0.plusSeconds(1), "started");
      store.updateTry(begun.withHandle("h").ended(TaskState.SUCCESS, T0.plusSeconds(2), 0, "ok"));
      return store.transition(running, TaskState.SUCCESS, T0.plusSeconds(2), "ok");
    });

    // one update of the task, one insert of its try, one batch of history rows
    assertThat(database.statementsExecuted() - before).isEqualTo(3);
    assertThat(store.taskInstance(a.ref()).orElseThrow()).isEqualTo(ran);
    assertThat(ran.version()).isEqualTo(a.version() + 4);
    assertThat(store.tries(a.ref())).singleElement().satisfies(t -> {
      assertThat(t.state()).isEqualTo(TaskState.SUCCESS);
      assertThat(t.handle()).isEqualTo("h");
      assertThat(t.endedAt()).isEqualTo(T0.plusSeconds(2));
    });
    assertThat(store.history(run.ref())).filteredOn(t -> t.task().equals(a.ref()))
        .extracting(t -> t.to()).containsExactly(TaskState.SCHEDULED, TaskState.QUEUED,
            TaskState.RUNNING, TaskState.SUCCESS);
  }

  @Test
  void a_stale_change_in_a_transaction_rolls_all_of_it_back() {
    DagRun run = createdRun();
    TaskInstance a = store.taskInstances(run.ref()).get(0);
    TaskInstance b = store.taskInstances(run.ref()).get(1);
    store.transition(a, TaskState.QUEUED, T0, "moved by another writer");

    assertThatThrownBy(() -> store.atomically(() -> {
      store.transition(b, TaskState.QUEUED, T0, "ready");
      store.updateRun(run, RunState.RUNNING, T0);
      return store.transition(a, TaskState.QUEUED, T0, "from a stale copy");
    })).isInstanceOf(ConcurrentRunModificationException.class);
    assertThatThrownBy(() -> store.atomically(() -> {
      TaskInstance queued = store.transition(b, TaskState.QUEUED, T0, "ready");
      store.transition(b, TaskState.QUEUED, T0, "again from the row before");
      return queued;
    })).isInstanceOf(ConcurrentRunModificationException.class);

    assertThat(store.taskInstance(b.ref()).orElseThrow()).isEqualTo(b);
    assertThat(store.run(run.ref()).orElseThrow()).isEqualTo(run);
    assertThat(store.history(run.ref())).hasSize(3);
  }

  @Test
  void a_held_back_write_failing_before_a_new_run_is_not_taken_for_a_duplicate_run() {
    DagRun run = createdRun();
    TaskInstance a = store.taskInstances(run.ref()).get(0);
    TaskTry first = new TaskTry(a.ref(), 1, TaskState.RUNNING, T0, null, "noop", null, null, null,
        "/logs/1.log", null, null);
    store.beginTry(a, first);
    TaskInstance current = store.taskInstance(a.ref()).orElseThrow();
    DagRun next = run("feeds", T0.plus(Duration.ofDays(1)), RunType.SCHEDULED);

    // the same try again: its insert is held back and violates the tries' key when written
    assertThatThrownBy(() -> store.atomically(() -> {
      store.beginTry(current, first);
      return store.createRun(next, List.of(task(next, "a")));
    })).isInstanceOf(HeldBackWriteException.class)
        .hasMessageContaining("could not write the changes held back before 'create " + next.ref());
    assertThat(store.run(next.ref())).isEmpty();
    assertThat(store.tries(a.ref())).hasSize(1);
  }

  @Test
  void pools_have_a_default_and_can_be_resized() {
    store.savePool("spark", 2);
    store.savePool("spark", 3);

    assertThat(store.pools()).containsEntry("default_pool", 128).containsEntry("spark", 3);
  }

  @Test
  void the_latest_scheduled_run_is_where_the_schedule_continues() {
    store.saveDag("feeds", "v1", "x", T0);
    store.createRun(run("feeds", T0, RunType.SCHEDULED), List.of());
    store.createRun(run("feeds", T0.plus(Duration.ofDays(1)), RunType.SCHEDULED), List.of());
    store.createRun(run("feeds", T0.plus(Duration.ofDays(5)), RunType.MANUAL), List.of());

    assertThat(store.latestScheduledRun("feeds").orElseThrow().logicalDate())
        .isEqualTo(T0.plus(Duration.ofDays(1)));
  }

  @Test
  void statements_are_counted() {
    long before = database.statementsExecuted();
    store.dags();
    assertThat(database.statementsExecuted()).isEqualTo(before + 1);
  }

  @Test
  void a_backfill_round_trips_with_its_progress_and_state() {
    store.saveDag("bf", "v1", "id: bf", T0);
    Backfill accepted = Backfill.accepted("bf", T0, T0.plus(Duration.ofDays(2)),
        Map.of("region", "eu", "n", 3), T0, 3, T0);

    Backfill stored = store.createBackfill(accepted);
    Backfill second = store.createBackfill(accepted);

    assertThat(stored.id()).isPositive();
    assertThat(second.id()).isGreaterThan(stored.id());
    assertThat(stored).usingRecursiveComparison().ignoringFields("id").isEqualTo(accepted);

    Backfill progressed = new Backfill(stored.id(), "bf", stored.from(), stored.to(),
        stored.conf(), BackfillState.PAUSED, null, 3, 2, 1, "why not", T0,
        T0.plus(Duration.ofMinutes(5)), T0.plus(Duration.ofMinutes(6)));
    store.updateBackfill(progressed);

    assertThat(store.backfill(stored.id())).contains(progressed);
    assertThat(store.backfills()).extracting(Backfill::id).containsExactly(stored.id(), second.id());
    assertThat(store.backfills(BackfillState.PAUSED)).containsExactly(progressed);
    assertThat(store.backfills(BackfillState.RUNNING)).extracting(Backfill::id)
        .containsExactly(second.id());
    assertThat(store.backfill(second.id() + 100)).isEmpty();
  }
}
