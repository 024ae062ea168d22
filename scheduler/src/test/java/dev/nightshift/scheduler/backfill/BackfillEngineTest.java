package dev.nightshift.scheduler.backfill;

import static dev.nightshift.scheduler.testing.Schedulers.PATIENCE;
import static dev.nightshift.scheduler.testing.TestDags.aDag;
import static dev.nightshift.scheduler.testing.TestDags.shell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.nightshift.scheduler.NightshiftScheduler;
import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dispatch.UnknownDagException;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.testing.Schedulers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backfills on a real scheduler: runs are held by a long shell task and finished by marking them,
 * so every step of the backfill is an event the test causes.
 */
class BackfillEngineTest {
  private static final Instant NOW = Instant.parse("2026-03-11T05:00:00Z");
  private static final Instant FROM = Instant.parse("2026-02-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-02-05T00:00:00Z");

  @TempDir Path dataDir;
  private NightshiftScheduler scheduler;

  @AfterEach
  void stop() {
    if (scheduler != null) {
      scheduler.close();
    }
  }

  // Starts after NOW, so that only backfills make runs.
  private static DagDefinition held(String dagId, String command) {
    return aDag(dagId).schedule("@daily").startDate(NOW.plus(Duration.ofDays(100)))
        .maxActiveRuns(2).task(shell("work", command)).build();
  }

  private void start(String command) {
    scheduler = Schedulers.embedded(dataDir).clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .dag(held("held", command)).dag(held("probe", "true")).start();
  }

  private Backfill current(long id) {
    return scheduler.backfill(id).orElseThrow();
  }

  private List<DagRun> active(String dagId) {
    return scheduler.runs(dagId, 100).stream().filter(r -> !r.state().isFinished())
        .sorted(Comparator.comparing(DagRun::logicalDate)).toList();
  }

  private void finishOldest() {
    DagRun oldest = active("held").get(0);
    scheduler.markRun(oldest.ref(), RunState.SUCCESS);
  }

  // The backfill thread handles events in order: once a later backfill of another DAG has made
  // its run, every event before it has been handled.
  private void awaitEventsHandled() {
    long probe = scheduler.backfill("probe", NOW, NOW, Map.of()).id();
    await().atMost(PATIENCE).until(() -> current(probe).state() == BackfillState.COMPLETED);
  }

  @Test
  void creates_runs_as_max_active_runs_allows_and_obeys_pause_resume_and_cancel() {
    start("sleep 60");
    long id = scheduler.backfill("held", FROM, TO, Map.of()).id();

    await().atMost(PATIENCE).until(() -> current(id).created() == 2);
    awaitEventsHandled();
    assertThat(scheduler.runs("held", 100)).hasSize(2);
    assertThat(current(id)).extracting(Backfill::total, Backfill::nextLogicalDate,
        Backfill::createdAt, Backfill::updatedAt)
        .containsExactly(5, Instant.parse("2026-02-03T00:00:00Z"), NOW, NOW);

    finishOldest();
    await().atMost(PATIENCE).until(() -> current(id).created() == 3);
    assertThat(active("held")).hasSize(2);

    assertThat(scheduler.pauseBackfill(id).state()).isEqualTo(BackfillState.PAUSED);
    finishOldest();
    awaitEventsHandled();
    assertThat(current(id).created()).isEqualTo(3);
    assertThat(active("held")).hasSize(1);

    assertThat(scheduler.resumeBackfill(id).state()).isEqualTo(BackfillState.RUNNING);
    await().atMost(PATIENCE).until(() -> current(id).created() == 4);
    assertThat(active("held")).hasSize(2);

    Backfill cancelled = scheduler.cancelBackfill(id);
    assertThat(cancelled.state()).isEqualTo(BackfillState.CANCELLED);
    assertThat(cancelled.completedAt()).isEqualTo(NOW);
    // Runs in flight go on after a cancel; no new run is made when they finish.
    assertThat(active("held")).hasSize(2);
    finishOldest();
    finishOldest();
    awaitEventsHandled();
    assertThat(scheduler.runs("held", 100)).hasSize(4).allMatch(r -> r.state().isFinished());
    assertThat(current(id).state()).isEqualTo(BackfillState.CANCELLED);
  }

  @Test
  void a_restart_mid_backfill_ends_with_exactly_one_run_per_interval() {
    start("sleep 60");
    long id = scheduler.backfill("held", FROM, TO, Map.of()).id();
    await().atMost(PATIENCE).until(() -> current(id).created() == 2);
    finishOldest();
    await().atMost(PATIENCE).until(() -> current(id).created() == 3);
    scheduler.close();

    start("true");
    // The tries of the runs in flight outlive the scheduler and are adopted; end them by hand.
    finishOldest();
    finishOldest();
    await().atMost(PATIENCE).until(() -> current(id).state() == BackfillState.COMPLETED);

    assertThat(scheduler.runs("held", 100)).extracting(DagRun::logicalDate)
        .containsExactlyInAnyOrder(FROM, FROM.plus(Duration.ofDays(1)),
            FROM.plus(Duration.ofDays(2)), FROM.plus(Duration.ofDays(3)), TO);
    assertThat(current(id)).extracting(Backfill::created, Backfill::skipped,
        Backfill::nextLogicalDate).containsExactly(5, 0, null);
  }

  @Test
  void intervals_that_have_a_run_are_skipped_and_an_empty_range_completes_at_once() {
    start("true");
    Schedulers.trigger(scheduler, "held", Instant.parse("2026-02-02T00:00:00Z"));
    long id = scheduler.backfill("held", FROM, Instant.parse("2026-02-03T00:00:00Z"), Map.of())
        .id();
    await().atMost(PATIENCE).until(() -> current(id).state() == BackfillState.COMPLETED);
    assertThat(current(id)).extracting(Backfill::total, Backfill::created, Backfill::skipped)
        .containsExactly(3, 2, 1);

    long empty = scheduler.backfill("held", Instant.parse("2026-02-01T01:00:00Z"),
        Instant.parse("2026-02-01T02:00:00Z"), Map.of()).id();
    await().atMost(PATIENCE).until(() -> current(empty).state() == BackfillState.COMPLETED);
    assertThat(current(empty).total()).isZero();
  }

  @Test
  void refuses_bad_input_and_changes_a_finished_backfill_no_more() {
    start("true");
    assertThatThrownBy(() -> scheduler.backfill("held", TO, FROM, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before");
    assertThatThrownBy(() -> scheduler.backfill("nope", FROM, TO, Map.of()))
        .isInstanceOf(UnknownDagException.class);
    assertThatThrownBy(() -> scheduler.backfill("held", Instant.parse("1990-01-01T00:00:00Z"),
        TO, Map.of())).isInstanceOf(TooManyIntervalsException.class);
    assertThatThrownBy(() -> scheduler.pauseBackfill(999))
        .isInstanceOf(UnknownBackfillException.class);
    assertThat(scheduler.backfills()).isEmpty();

    long id = scheduler.backfill("held", FROM, FROM, Map.of()).id();
    await().atMost(PATIENCE).until(() -> current(id).state() == BackfillState.COMPLETED);
    assertThatThrownBy(() -> scheduler.pauseBackfill(id))
        .isInstanceOf(BackfillStateException.class).hasMessageContaining("is completed");
    assertThatThrownBy(() -> scheduler.cancelBackfill(id))
        .isInstanceOf(BackfillStateException.class);
    assertThatThrownBy(() -> scheduler.resumeBackfill(id))
        .isInstanceOf(BackfillStateException.class);
    assertThat(current(id).state()).isEqualTo(BackfillState.COMPLETED);
  }
}
