package dev.nightshift.scheduler.dag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scheduler.schedule.DataInterval;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueIntervalsTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-11T05:00:00Z"), ZoneOffset.UTC);

  private static DagDefinition dag(String extra) {
    String yaml = "id: d\nschedule: \"@daily\"\nstart_date: 2026-06-01\n" + extra + "tasks: [{id: t, type: shell}]\n";
    ParsedDagFile parsed = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES)
        .parse("d.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.errors()).isEmpty();
    return parsed.dag();
  }

  private static Instant day(int dayOfJune) {
    return Instant.parse("2026-06-01T00:00:00Z").plusSeconds(86_400L * (dayOfJune - 1));
  }

  @Test
  void with_catchup_every_complete_interval_since_the_start_date_is_due() {
    List<DataInterval> due = DueIntervals.between(dag("catchup: true\n"), null, CLOCK.instant(), 100);
    assertThat(due).hasSize(10);
    assertThat(due.get(0)).isEqualTo(new DataInterval(day(1), day(2)));
    assertThat(due.get(9)).isEqualTo(new DataInterval(day(10), day(11)));
  }

  @Test
  void without_catchup_only_the_latest_interval_is_due() {
    assertThat(DueIntervals.between(dag(""), null, CLOCK.instant(), 100))
        .containsExactly(new DataInterval(day(10), day(11)));
    assertThat(DueIntervals.between(dag(""), new DataInterval(day(3), day(4)), CLOCK.instant(), 100))
        .containsExactly(new DataInterval(day(10), day(11)));
    assertThat(DueIntervals.between(dag(""), new DataInterval(day(10), day(11)), CLOCK.instant(), 100)).isEmpty();
  }

  @Test
  void the_limit_and_the_previous_interval_bound_the_result() {
    assertThat(DueIntervals.between(dag("catchup: true\n"), new DataInterval(day(5), day(6)), CLOCK.instant(), 2))
        .containsExactly(new DataInterval(day(6), day(7)), new DataInterval(day(7), day(8)));
  }

  @Test
  void no_interval_starting_after_the_end_date_is_due() {
    assertThat(DueIntervals.between(dag("catchup: true\nend_date: 2026-06-03\n"), null, CLOCK.instant(), 100))
        .extracting(DataInterval::start).containsExactly(day(1), day(2), day(3));
  }

  @Test
  void a_manual_dag_is_never_due() {
    DagDefinition manual = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES)
        .parse("m.yaml", "id: m\ntasks: [{id: t, type: shell}]\n".getBytes(StandardCharsets.UTF_8)).dag();
    assertThat(DueIntervals.between(manual, null, CLOCK.instant(), 100)).isEmpty();
  }
}
