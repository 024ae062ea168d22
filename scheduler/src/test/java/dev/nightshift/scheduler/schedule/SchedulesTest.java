package dev.nightshift.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulesTest {

  private static Instant t(String text) {
    return Instant.parse(text);
  }

  private static DataInterval interval(String start, String end) {
    return new DataInterval(t(start), t(end));
  }

  @Test
  void plain_forms_keep_their_meaning() {
    assertThat(Schedules.parse("@daily", ZoneOffset.UTC)).isInstanceOf(DataIntervalSchedule.class);
    assertThat(Schedules.parse("0 3 * * *", ZoneOffset.UTC)).isInstanceOf(DataIntervalSchedule.class);
    assertThat(Schedules.parse("30m", ZoneOffset.UTC)).isInstanceOf(DataIntervalSchedule.class);
    assertThat(Schedules.parse("P1M", ZoneOffset.UTC)).isInstanceOf(DataIntervalSchedule.class);
    assertThat(Schedules.parse("@once", ZoneOffset.UTC)).isInstanceOf(OnceSchedule.class);
    assertThat(Schedules.parse("manual", ZoneOffset.UTC).isManual()).isTrue();
    assertThat(Schedules.parse(null, ZoneOffset.UTC).isManual()).isTrue();
  }

  @Test
  void bad_expressions_are_explained() {
    assertThatThrownBy(() -> Schedules.parse("@fortnightly", ZoneOffset.UTC))
        .hasMessageContaining("unknown schedule preset '@fortnightly'").hasMessageContaining("@quarterly");
    assertThatThrownBy(() -> Schedules.parse("0 0 1 13 0", ZoneOffset.UTC))
        .hasMessageContaining("invalid cron expression");
    assertThatThrownBy(() -> Schedules.parse("0 0 3 * * *", ZoneOffset.UTC))
        .hasMessageContaining("it has 6 fields; write five (minute hour day-of-month month day-of-week)");
    assertThatThrownBy(() -> Schedules.parse("0m", ZoneOffset.UTC)).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> Schedules.parse("PT-1H", ZoneOffset.UTC)).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> Schedules.every("1h", ZoneOffset.UTC, Schedules.Kind.INTERVAL, "1h"))
        .hasMessageContaining("only for kind 'trigger'");
    assertThatThrownBy(() -> Schedules.events(List.of(t("2026-01-02T00:00:00Z"), t("2026-01-01T00:00:00Z")),
        false, ZoneOffset.UTC)).hasMessageContaining("is not after event 1");
  }

  @Test
  void continuous_is_refused_with_what_to_write_instead() {
    assertThatThrownBy(() -> Schedules.parse("@continuous", ZoneOffset.UTC))
        .hasMessageContaining("@continuous is not supported").hasMessageContaining("max_active_runs: 1");
  }

  @Test
  void periods_beyond_a_thousand_years_are_refused_and_long_ones_still_skip_with_catch_up_off() {
    for (String huge : List.of("P1000000D", "PT9223372036854775807S", "99999999999d", "P999999999Y", "P12001M")) {
      assertThatThrownBy(() -> Schedules.parse(huge, ZoneOffset.UTC))
          .as(huge).isInstanceOf(ScheduleException.class).hasMessageContaining("at most");
    }
    // 500 years: more nanoseconds than a long holds.
    Schedule centuries = Schedules.parse("P182625D", ZoneOffset.UTC);
    assertThat(centuries.next(null, new RunBounds(t("2026-06-01T00:00:00Z"), null, false),
        t("2026-07-01T00:00:00Z")).orElseThrow().start()).isEqualTo(t("2026-06-01T00:00:00Z"));
  }

  @Test
  void iso_weeks_are_fixed_spans_of_seven_days() {
    Schedule fortnight = Schedules.parse("P2W", ZoneOffset.UTC);
    assertThat(fortnight.next(null, new RunBounds(t("2026-06-01T00:00:00Z"), null, true), t("2026-07-01T00:00:00Z")))
        .contains(interval("2026-06-01T00:00:00Z", "2026-06-15T00:00:00Z"));
  }

  // croniter, Airflow's cron library, reads L in the day of month and # in the day of week.
  @Test
  void last_day_of_month_and_nth_weekday_crons_fire_as_in_airflow() {
    RunBounds june = new RunBounds(t("2026-01-15T00:00:00Z"), null, true);
    Schedule lastDay = Schedules.parse("0 0 L * *", ZoneOffset.UTC);
    DataInterval january = lastDay.next(null, june, t("2026-07-01T00:00:00Z")).orElseThrow();
    assertThat(january).isEqualTo(interval("2026-01-31T00:00:00Z", "2026-02-28T00:00:00Z"));
    assertThat(lastDay.next(january, june, t("2026-07-01T00:00:00Z")))
        .contains(interval("2026-02-28T00:00:00Z", "2026-03-31T00:00:00Z"));

    Schedule thirdFriday = Schedules.parse("0 0 * * 5#3", ZoneOffset.UTC);
    assertThat(thirdFriday.next(null, new RunBounds(t("2026-06-01T00:00:00Z"), null, true), t("2026-07-01T00:00:00Z")))
        .contains(interval("2026-06-19T00:00:00Z", "2026-07-17T00:00:00Z"));
    assertThatThrownBy(() -> Schedules.parse("0 0 15W * *", ZoneOffset.UTC))
        .hasMessageContaining("invalid cron expression '0 0 15W * *'");
  }

  // test_interval_timetable.py::test_cron_infer_manual_data_interval_alignment and _dst
  @Test
  void a_manual_run_of_a_cron_covers_the_latest_complete_interval() {
    Schedule daily = Schedules.parse("@daily", ZoneOffset.UTC);
    assertThat(daily.manualInterval(t("2022-08-08T01:00:00Z")))
        .isEqualTo(interval("2022-08-07T00:00:00Z", "2022-08-08T00:00:00Z"));
    assertThat(daily.manualInterval(t("2022-08-08T00:00:00Z")))
        .isEqualTo(interval("2022-08-07T00:00:00Z", "2022-08-08T00:00:00Z"));
    Schedule newYork = Schedules.parse("0 2 * * *", ZoneId.of("America/New_York"));
    assertThat(newYork.manualInterval(t("2024-03-10T07:30:00Z")))
        .isEqualTo(interval("2024-03-09T07:00:00Z", "2024-03-10T07:00:00Z"));
    assertThat(newYork.manualInterval(t("2024-03-10T07:00:00Z")))
        .isEqualTo(interval("2024-03-09T07:00:00Z", "2024-03-10T07:00:00Z"));
    assertThat(Schedules.parse("0 2 * * *", ZoneId.of("Europe/Zurich")).manualInterval(t("2023-03-26T01:30:00Z")))
        .isEqualTo(interval("2023-03-25T01:00:00Z", "2023-03-26T01:00:00Z"));
    assertThat(Schedules.parse("0 2 * * *", ZoneId.of("Australia/Lord_Howe")).manualInterval(t("2024-10-05T15:30:00Z")))
        .isEqualTo(interval("2024-10-04T15:30:00Z", "2024-10-05T15:30:00Z"));
    assertThat(Schedules.parse("0 1 * * *", ZoneId.of("America/New_York")).manualInterval(t("2024-11-03T05:30:00Z")))
        .isEqualTo(interval("2024-11-01T05:00:00Z", "2024-11-02T05:00:00Z"));
  }

  // interval.py DeltaDataIntervalTimetable / trigger.py _TriggerTimetable.infer_manual_data_interval
  @Test
  void a_manual_run_of_a_period_or_trigger_looks_back_from_its_time() {
    Instant at = t("2026-11-25T01:00:00Z");
    assertThat(Schedules.parse("2h", ZoneOffset.UTC).manualInterval(at))
        .isEqualTo(interval("2026-11-24T23:00:00Z", "2026-11-25T01:00:00Z"));
    assertThat(Schedules.cron("@daily", ZoneOffset.UTC, Schedules.Kind.TRIGGER, "1h").manualInterval(at))
        .isEqualTo(interval("2026-11-25T00:00:00Z", "2026-11-25T01:00:00Z"));
    assertThat(Schedules.cron("@daily", ZoneOffset.UTC, Schedules.Kind.TRIGGER, null).manualInterval(at))
        .isEqualTo(DataInterval.exact(at));
    assertThat(Schedules.parse("manual", ZoneOffset.UTC).manualInterval(at)).isEqualTo(DataInterval.exact(at));
    assertThat(Schedules.parse("@once", ZoneOffset.UTC).manualInterval(at)).isEqualTo(DataInterval.exact(at));
  }

  // test_events_timetable.py::test_manual_with_unrestricted, _restricted_middle, _restricted_before
  @Test
  void a_manual_run_of_events_covers_its_time_or_the_latest_event() {
    List<Instant> events = List.of(t("2021-09-06T00:00:00Z"), t("2021-09-07T00:00:00Z"),
        t("2021-09-08T00:00:00Z"), t("2021-09-10T00:00:00Z"), t("2021-10-09T00:00:00Z"));
    Instant nonEvent = t("2021-10-01T00:00:00Z");
    assertThat(Schedules.events(events, false, ZoneOffset.UTC).manualInterval(nonEvent))
        .isEqualTo(DataInterval.exact(nonEvent));
    assertThat(Schedules.events(events, true, ZoneOffset.UTC).manualInterval(nonEvent))
        .isEqualTo(DataInterval.exact(t("2021-09-10T00:00:00Z")));
    assertThat(Schedules.events(events, true, ZoneOffset.UTC).manualInterval(t("2021-09-04T00:00:00Z")))
        .isEqualTo(DataInterval.exact(t("2021-09-06T00:00:00Z")));
  }

  // _cron.py _covers_every_hour: croniter normalises a full hour range to '*'
  @Test
  void an_hour_field_covering_every_hour_steps_in_elapsed_time_however_it_is_written() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    RunBounds bounds = new RunBounds(t("2026-10-20T00:00:00Z"), null, true);
    DataInterval beforeFold = interval("2026-10-24T23:15:00Z", "2026-10-25T00:15:00Z");
    DataInterval firstCopy = interval("2026-10-25T00:15:00Z", "2026-10-25T01:15:00Z");
    for (String cron : List.of("15 * * * *", "15 */1 * * *", "15 0-23 * * *", "15 0-11,12-23 * * *",
        "15 0-23/1 * * *")) {
      assertThat(Schedules.parse(cron, berlin).next(beforeFold, bounds, t("2026-11-01T00:00:00Z")))
          .as(cron).contains(firstCopy);
    }
  }

  @Test
  void wall_times_in_a_gap_move_forward_and_repeated_ones_take_the_later_offset() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertThat(WallTime.resolve(java.time.LocalDateTime.parse("2026-03-29T02:30"), berlin))
        .isEqualTo(t("2026-03-29T01:30:00Z"));
    assertThat(WallTime.resolve(java.time.LocalDateTime.parse("2026-10-25T02:30"), berlin))
        .isEqualTo(t("2026-10-25T01:30:00Z"));
    ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
    assertThat(WallTime.resolve(java.time.LocalDateTime.parse("2024-10-06T02:15"), lordHowe))
        .isEqualTo(t("2024-10-05T15:45:00Z"));
  }
}
