package dev.nightshift.scheduler;

import static dev.nightshift.scheduler.testing.TestDags.aDag;
import static dev.nightshift.scheduler.testing.TestDags.shell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.DuplicateRunException;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.store.RunPage;
import dev.nightshift.scheduler.store.RunQuery;
import dev.nightshift.scheduler.store.RunQuery.Order;
import dev.nightshift.scheduler.store.TimeRange;
import dev.nightshift.scheduler.testing.Schedulers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunQueryTest {
  private static final Instant NOW = Instant.parse("2026-03-11T05:00:00Z");
  private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");

  @TempDir Path dataDir;
  private NightshiftScheduler scheduler;

  @BeforeEach
  void start() {
    // Paused before any run is due, so that only the backfill below creates runs.
    scheduler =
        Schedulers.embedded(dataDir)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .dag(
                aDag("daily")
                    .schedule("@daily")
                    .startDate(NOW)
                    .maxActiveRuns(1)
                    .task(shell("t", "true"))
                    .build())
            .dag(aDag("other").schedule("manual").task(shell("t", "true")).build())
            .start();
    long id =
        scheduler.backfill("daily", MARCH, Instant.parse("2026-03-10T00:00:00Z"), Map.of()).id();
    org.awaitility.Awaitility.await()
        .atMost(dev.nightshift.scheduler.testing.Schedulers.PATIENCE)
        .until(
            () ->
                scheduler.backfill(id).orElseThrow().state()
                    == dev.nightshift.scheduler.backfill.BackfillState.COMPLETED);
  }

  @AfterEach
  void stop() {
    scheduler.close();
  }

  @Test
  void pages_through_the_runs_of_a_dag_with_the_total_count() {
    RunQuery firstPage =
        new RunQuery(
            "daily",
            Set.of(),
            Set.of(),
            TimeRange.ANY,
            TimeRange.ANY,
            TimeRange.ANY,
            TimeRange.ANY,
            Order.LOGICAL_DATE,
            false,
            4,
            0);
    RunPage page = scheduler.runs(firstPage);
    RunPage last =
        scheduler.runs(
            new RunQuery(
                "daily",
                Set.of(),
                Set.of(),
                TimeRange.ANY,
                TimeRange.ANY,
                TimeRange.ANY,
                TimeRange.ANY,
                Order.LOGICAL_DATE,
                false,
                4,
                8));

    assertThat(page.totalEntries()).isEqualTo(10);
    assertThat(page.runs()).extracting(DagRun::logicalDate).first().isEqualTo(MARCH);
    assertThat(page.runs()).hasSize(4);
    assertThat(last.runs())
        .extracting(DagRun::logicalDate)
        .containsExactly(
            Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-10T00:00:00Z"));
  }

  @Test
  void filters_by_logical_date_range_state_run_type_and_across_dags() {
    scheduler.trigger("other", Map.of(), Instant.parse("2026-03-05T12:00:00Z"));

    RunPage inRange =
        scheduler.runs(
            new RunQuery(
                null,
                Set.of(),
                Set.of(),
                new TimeRange(
                    Instant.parse("2026-03-03T00:00:00Z"), Instant.parse("2026-03-05T23:00:00Z")),
                TimeRange.ANY,
                TimeRange.ANY,
                TimeRange.ANY,
                Order.LOGICAL_DATE,
                true,
                100,
                0));
    RunPage manual =
        scheduler.runs(
            new RunQuery(
                null,
                Set.of(),
                Set.of(RunType.MANUAL),
                TimeRange.ANY,
                TimeRange.ANY,
                TimeRange.ANY,
                TimeRange.ANY,
                Order.RUN_ID,
                true,
                100,
                0));
    RunPage unknownState =
        scheduler.runs(
            new RunQuery(
                "daily",
                Set.of(RunState.FAILED),
                Set.of(),
                TimeRange.ANY,
                TimeRange.ANY,
                TimeRange.ANY,
                TimeRange.ANY,
                Order.START_DATE,
                true,
                100,
                0));

    assertThat(inRange.totalEntries()).isEqualTo(4);
    assertThat(inRange.runs()).extracting(DagRun::dagId).contains("daily", "other");
    assertThat(manual.runs()).extracting(DagRun::dagId).containsExactly("other");
    assertThat(unknownState.totalEntries()).isZero();
  }

  @Test
  void a_trigger_takes_the_run_id_it_is_given_and_refuses_it_twice() {
    DagRun run = scheduler.trigger("other", Map.of(), null, "my-run");

    assertThat(run.runId()).isEqualTo("my-run");
    assertThatThrownBy(() -> scheduler.trigger("other", Map.of(), null, "my-run"))
        .isInstanceOf(DuplicateRunException.class)
        .hasMessageContaining("my-run");
  }

  @Test
  void lists_the_versions_of_a_dag() {
    assertThat(scheduler.dagVersions("daily"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.version()).isEqualTo(scheduler.dag("daily").orElseThrow().version());
              assertThat(scheduler.dagSource("daily", v.version())).isPresent();
            });
  }

  @Test
  void a_dry_run_clear_names_the_tasks_and_changes_nothing() {
    DagRun run =
        Schedulers.awaitFinished(scheduler, scheduler.trigger("other", Map.of(), null, "cleared"));

    var wouldClear = scheduler.clear(run.ref(), java.util.List.of("t"), true, true);

    assertThat(wouldClear).extracting(t -> t.taskId()).containsExactly("t");
    assertThat(Schedulers.current(scheduler, run).state()).isEqualTo(RunState.SUCCESS);
  }
}
