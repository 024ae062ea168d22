package dev.nightshift.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scheduler.dag.AirflowScheduleCases;
import dev.nightshift.scheduler.dag.AirflowScheduleCases.Case;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.testing.Schedulers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sample of the table's cases through the real scheduler: the DAG file in a watched folder, a
 * fixed clock at the case's "now", and the scheduled runs the scheduler creates when it starts.
 * The sample takes the cases without a previous run (the scheduler's own history is empty) and
 * with a start date (a DAG file needs one), across kinds, zones and catch-up.
 */
class ScheduleCasesEndToEndTest {

  @TempDir Path dataDir;
  @TempDir Path dagFolder;

  static Stream<Case> sample() {
    List<Case> fresh = AirflowScheduleCases.all().stream()
        .filter(c -> c.previous() == null && (c.startDate() != null || c.schedule().contains("@once")))
        .toList();
    // Every third of them keeps the run short while covering each kind.
    return java.util.stream.IntStream.range(0, fresh.size()).filter(i -> i % 3 == 0)
        .mapToObj(fresh::get);
  }

  @org.junit.jupiter.api.Test
  void an_event_fires_on_the_real_clock_with_catch_up_off() throws Exception {
    try (NightshiftScheduler scheduler = Schedulers.embedded(dataDir).dagFolder(dagFolder).start()) {
      java.time.Instant event = java.time.Instant.now().plusSeconds(3)
          .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
      Files.writeString(dagFolder.resolve("event.yaml"), "id: event\nschedule: {events: [" + event
          + "]}\nstart_date: 2026-01-01\ncatchup: false\ntasks: [{id: t, type: noop}]\n");
      // Quartz fires a little after the event; its run must not be skipped as already past.
      org.awaitility.Awaitility.await().atMost(Schedulers.PATIENCE)
          .until(() -> !scheduler.runs("event", 10).isEmpty());
      assertThat(scheduler.runs("event", 10)).singleElement()
          .satisfies(r -> assertThat(r.logicalDate()).isEqualTo(event));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sample")
  void the_scheduler_creates_the_run_the_table_expects(Case c) throws Exception {
    Files.writeString(dagFolder.resolve("case.yaml"), c.dagFile("case"));
    try (NightshiftScheduler scheduler = Schedulers.embedded(dataDir).dagFolder(dagFolder)
        .clock(Clock.fixed(c.now(), ZoneOffset.UTC)).start()) {
      List<DagRun> scheduled = scheduler.runs("case", 1000).stream()
          .filter(r -> r.runType() == RunType.SCHEDULED)
          .sorted(Comparator.comparing(DagRun::logicalDate)).toList();
      if (c.expected() == null) {
        assertThat(scheduled).as(c.citation()).isEmpty();
        assertThat(scheduler.nextDue("case")).as(c.citation()).isEmpty();
      } else if (!c.expected().runAfter().isAfter(c.now())) {
        assertThat(scheduled).as(c.citation()).isNotEmpty();
        assertThat(scheduled.get(0).dataInterval()).as(c.citation()).isEqualTo(c.expected());
        assertThat(scheduled.get(0).logicalDate()).isEqualTo(c.expected().start());
      } else {
        assertThat(scheduled).as(c.citation()).isEmpty();
        assertThat(scheduler.nextDue("case")).as(c.citation()).contains(c.expected().runAfter());
      }
    }
  }
}
