package dev.nightshift.scheduler.dag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.scheduler.schedule.DataInterval;
import dev.nightshift.scheduler.schedule.EventsSchedule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The schedule mapping of a DAG file: its kinds, and its mistakes named by file, line and field. */
class ScheduleFieldTest {

  private static ParsedDagFile parse(String schedule) {
    String yaml = "id: d\nstart_date: 2026-06-01\nschedule:\n" + schedule + "tasks: [{id: t, type: noop}]\n";
    return new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES)
        .parse("dags/d.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static ImportError onlyError(String schedule) {
    ParsedDagFile parsed = parse(schedule);
    assertThat(parsed.dag()).isNull();
    assertThat(parsed.errors()).hasSize(1);
    return parsed.errors().get(0);
  }

  @Test
  void the_mapping_chooses_a_trigger_style_cron_with_a_look_back() {
    ParsedDagFile parsed = parse("  cron: \"0 3 * * *\"\n  kind: trigger\n  interval: 1h\n");
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.dag().schedule().manualInterval(Instant.parse("2026-06-01T10:00:00Z")))
        .isEqualTo(new DataInterval(Instant.parse("2026-06-01T09:00:00Z"), Instant.parse("2026-06-01T10:00:00Z")));
    assertThat(DueIntervals.next(parsed.dag(), null, Instant.parse("2026-06-01T00:00:00Z")))
        .contains(new DataInterval(Instant.parse("2026-06-01T02:00:00Z"), Instant.parse("2026-06-01T03:00:00Z")));
  }

  @Test
  void events_are_read_in_the_dag_zone() {
    ParsedDagFile parsed = parse("  events: [2026-06-02T10:00, 2026-06-05]\n  restrict_to_events: true\n");
    assertThat(parsed.errors()).isEmpty();
    assertThat(((EventsSchedule) parsed.dag().schedule()).events())
        .containsExactly(Instant.parse("2026-06-02T10:00:00Z"), Instant.parse("2026-06-05T00:00:00Z"));
  }

  @Test
  void a_kind_with_a_field_it_does_not_take_is_named_at_that_field() {
    ImportError error = onlyError("  cron: \"@daily\"\n  kind: interval\n  interval: 1h\n");
    assertThat(error.file()).isEqualTo("dags/d.yaml");
    assertThat(error.line()).isEqualTo(6);
    assertThat(error.message()).contains("schedule.interval").contains("kind 'interval' does not take 'interval'");

    assertThat(onlyError("  cron: \"@daily\"\n  interval: 1h\n").message())
        .contains("kind 'interval' (the default) does not take 'interval'", "a look-back needs kind: trigger");

    ImportError events = onlyError("  events: [2026-06-02]\n  kind: trigger\n");
    assertThat(events.line()).isEqualTo(4);
    assertThat(events.message()).contains("schedule.events").contains("kind 'trigger' does not take 'events'");
  }

  @Test
  void an_interval_of_zero_or_less_is_refused_where_it_is_written() {
    ImportError zero = onlyError("  every: 0m\n");
    assertThat(zero.line()).isEqualTo(4);
    assertThat(zero.message()).contains("schedule.every").contains("must be positive");

    ImportError lookBack = onlyError("  cron: \"@daily\"\n  kind: trigger\n  interval: PT-1H\n");
    assertThat(lookBack.line()).isEqualTo(6);
    assertThat(lookBack.message()).contains("schedule.interval").contains("must be positive");

    ImportError plain = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES).parse("dags/p.yaml",
        "id: p\nstart_date: 2026-06-01\nschedule: PT0S\ntasks: [{id: t, type: noop}]\n"
            .getBytes(StandardCharsets.UTF_8)).errors().get(0);
    assertThat(plain.line()).isEqualTo(3);
    assertThat(plain.message()).contains("schedule").contains("must be positive");
  }

  @Test
  void a_period_too_long_for_the_calendar_is_refused_where_it_is_written() {
    ImportError days = onlyError("  every: P1000000D\n");
    assertThat(days.line()).isEqualTo(4);
    assertThat(days.message()).contains("schedule.every", "at most");

    ImportError years = onlyError("  every: P999999999Y\n  kind: trigger\n");
    assertThat(years.line()).isEqualTo(4);
    assertThat(years.message()).contains("schedule.every", "at most 1000 years");
  }

  @Test
  void events_out_of_order_or_repeated_are_named_by_their_place() {
    ImportError order = onlyError("  events:\n    - 2026-06-05\n    - 2026-06-02\n");
    assertThat(order.line()).isEqualTo(6);
    assertThat(order.message()).contains("schedule.events[1]").contains("is before the event before it");

    ImportError repeat = onlyError("  events:\n    - 2026-06-05\n    - 2026-06-06\n    - 2026-06-06\n");
    assertThat(repeat.line()).isEqualTo(7);
    assertThat(repeat.message()).contains("schedule.events[2]").contains("repeats the event before it");
  }

  @Test
  void a_schedule_needs_exactly_one_source() {
    assertThat(onlyError("  cron: \"@daily\"\n  every: 1h\n").message())
        .contains("exactly one of 'cron', 'every' or 'events'");
    assertThat(onlyError("  kind: trigger\n").message()).contains("found none");
    assertThat(onlyError("  cron: \"@daily\"\n  kind: sometimes\n").message()).contains("unknown kind 'sometimes'");
  }

  @Test
  void once_needs_no_start_date() {
    ParsedDagFile parsed = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES).parse("dags/o.yaml",
        "id: o\nschedule: \"@once\"\ntasks: [{id: t, type: noop}]\n".getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.errors()).isEmpty();
    assertThat(DueIntervals.next(parsed.dag(), null, Instant.parse("2026-06-01T12:00:00Z")))
        .contains(DataInterval.exact(Instant.parse("2026-06-01T12:00:00Z")));
  }
}
