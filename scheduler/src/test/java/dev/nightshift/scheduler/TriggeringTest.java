package dev.nightshift.scheduler;

import static dev.nightshift.scheduler.testing.Schedulers.*;
import static dev.nightshift.scheduler.testing.TestDags.aDag;
import static dev.nightshift.scheduler.testing.TestDags.shell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.scheduler.event.RunListener;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.testing.Schedulers;
import dev.nightshift.scheduler.testing.TestDags;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriggeringTest {
  private static final Instant NOW = Instant.parse("2026-03-11T05:00:00Z");
  private static final Instant TEN_DAYS_BACK = Instant.parse("2026-03-01T00:00:00Z");

  @TempDir Path dataDir;
  private NightshiftScheduler scheduler;

  @AfterEach
  void stop() {
    scheduler.close();
  }

  private final RunningRuns runningRuns = new RunningRuns();

  private void startAt(Instant now, TestDags dag) {
    scheduler = Schedulers.embedded(dataDir).clock(Clock.fixed(now, ZoneOffset.UTC))
        .listener(runningRuns).dag(dag.build()).start();
  }

  /** Counts runs in the running state as the engine changes them (the clock is fixed). */
  private static final class RunningRuns implements RunListener {
    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();

    @Override
    public void runChanged(DagRun run, RunState from) {
      if (run.state() == RunState.RUNNING) {
        max.accumulateAndGet(now.incrementAndGet(), Math::max);
      } else if (from == RunState.RUNNING) {
        now.decrementAndGet();
      }
    }
  }

  private static TestDags daily(String dagId) {
    return aDag(dagId).schedule("@daily").startDate(TEN_DAYS_BACK)
        .task(shell("t", "true"));
  }

  @Test
  void catch_up_creates_one_run_per_missed_day_and_runs_at_most_max_active_runs_at_once() {
    startAt(NOW, daily("daily").catchup(true).maxActiveRuns(2));

    List<DagRun> runs = scheduler.runs("daily", 100);
    assertThat(runs).hasSize(10).allMatch(r -> r.runType() == RunType.SCHEDULED);
    assertThat(runs.stream().map(DagRun::logicalDate).sorted().toList())
        .startsWith(TEN_DAYS_BACK).endsWith(Instant.parse("2026-03-10T00:00:00Z"));
    assertThat(runs).filteredOn(r -> r.state() == RunState.RUNNING).hasSizeLessThanOrEqualTo(2);

    await().atMost(PATIENCE).until(() -> scheduler.runs("daily", 100).stream()
        .allMatch(r -> r.state() == RunState.SUCCESS));
    assertThat(runningRuns.max).hasValue(2);
    assertThat(scheduler.nextDue("daily")).contains(Instant.parse("2026-03-12T00:00:00Z"));
  }

  @Test
  void without_catch_up_only_the_latest_interval_gets_a_run() {
    startAt(NOW, daily("latest").catchup(false));

    assertThat(scheduler.runs("latest", 100)).singleElement()
        .satisfies(r -> {
          assertThat(r.dataInterval().start()).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
          assertThat(r.dataInterval().end()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
          assertThat(r.runId()).isEqualTo("scheduled__2026-03-10T00:00:00Z");
        });
  }

  @Test
  void a_manual_run_keeps_its_logical_date_and_covers_the_latest_complete_interval() {
    startAt(NOW, daily("by_hand").catchup(false));

    DagRun run = scheduler.trigger("by_hand", java.util.Map.of(), null);

    assertThat(run.runType()).isEqualTo(RunType.MANUAL);
    assertThat(run.logicalDate()).isEqualTo(NOW);
    assertThat(run.dataInterval().start()).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
    assertThat(run.dataInterval().end()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
  }

  @Test
  void no_run_starts_after_the_end_date() {
    startAt(NOW, daily("ending").catchup(true).endDate(Instant.parse("2026-03-03T00:00:00Z")));

    assertThat(scheduler.runs("ending", 100)).hasSize(3);
    assertThat(scheduler.nextDue("ending")).isEmpty();
  }

  @Test
  void a_restart_on_the_same_data_creates_no_second_run_for_a_logical_date() {
    startAt(NOW, daily("twice").catchup(true));
    scheduler.close();

    startAt(NOW.plus(Duration.ofDays(1)), daily("twice").catchup(true));

    assertThat(scheduler.runs("twice", 100)).hasSize(11);
  }

  @Test
  void a_backfill_creates_one_run_per_interval_in_the_range_and_skips_existing_ones() {
    startAt(NOW, daily("history").catchup(false).startDate(Instant.parse("2026-03-09T00:00:00Z")));

    long id = scheduler.backfill("history", Instant.parse("2026-03-07T00:00:00Z"),
        Instant.parse("2026-03-10T00:00:00Z"), java.util.Map.of()).id();

    await().atMost(PATIENCE).until(() -> scheduler.backfill(id).orElseThrow().state()
        == dev.nightshift.scheduler.backfill.BackfillState.COMPLETED);
    assertThat(scheduler.runs("history", 10)).hasSize(4).extracting(DagRun::runId).contains(
        "backfill__2026-03-07T00:00:00Z", "backfill__2026-03-08T00:00:00Z",
        "backfill__2026-03-09T00:00:00Z");
    assertThat(scheduler.backfill(id).orElseThrow())
        .extracting(b -> b.total(), b -> b.created(), b -> b.skipped())
        .containsExactly(4, 3, 1);
    assertThat(scheduler.runs("history", 10)).allMatch(r -> r.state() == RunState.SUCCESS);
  }

  @Test
  void dags_due_at_the_same_instant_each_keep_firing_every_interval() {
    Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    List<String> dagIds = List.of("together_a", "together_b", "together_c", "together_d");
    SchedulerBuilder builder = Schedulers.embedded(dataDir);
    dagIds.forEach(id -> builder.dag(aDag(id).schedule("400ms").startDate(start).catchup(true)
        .task(TestDags.task("t", "noop", java.util.Map.of())).build()));
    scheduler = builder.start();

    await().atMost(PATIENCE).until(() -> dagIds.stream()
        .allMatch(id -> scheduler.runs(id, 100).stream()
            .filter(r -> r.state() == RunState.SUCCESS).count() >= 5));
    for (String dagId : dagIds) {
      List<DagRun> runs = scheduler.runs(dagId, 100).stream()
          .sorted(java.util.Comparator.comparing(DagRun::logicalDate)).toList();
      assertThat(runs.get(0).logicalDate()).isEqualTo(start);
      for (int i = 1; i < runs.size(); i++) {
        assertThat(runs.get(i).dataInterval().start())
            .isEqualTo(runs.get(i - 1).dataInterval().end());
      }
    }
  }

  @Test
  void quartz_fires_each_due_interval_and_pause_stops_until_unpaused() {
    scheduler = Schedulers.embedded(dataDir).dag(aDag("often")
        .schedule("500ms")
        .startDate(Instant.now()).task(shell("t", "true")).build()).start();

    await().atMost(PATIENCE).until(() -> scheduler.runs("often", 100).size() >= 3);
    scheduler.pause("often");
    assertThat(scheduler.dags()).singleElement().satisfies(d -> assertThat(d.paused()).isTrue());
    int runsWhenPaused = scheduler.runs("often", 100).size();
    scheduler.unpause("often");
    await().atMost(PATIENCE).until(() -> scheduler.runs("often", 100).size() > runsWhenPaused);

    assertThat(scheduler.runs("often", 100)).allMatch(r -> r.runType() == RunType.SCHEDULED);
    assertThat(scheduler.dags()).singleElement().satisfies(d -> assertThat(d.paused()).isFalse());
  }
}
