package dev.nightshift.scheduler.dag;

import dev.nightshift.scheduler.schedule.DataInterval;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Schedule cases whose expected runs come from Apache Airflow's own timetable tests and code,
 * one per row: {@code citation | schedule | zone | start_date | end_date | catchup | previous
 * interval | now | expected interval} (the run after time is the expected interval's end; "-" is
 * none). Citations: {@code I} airflow-core/tests/unit/timetables/test_interval_timetable.py,
 * {@code T} test_trigger_timetable.py, {@code E} test_events_timetable.py, {@code O}
 * test_once_timetable.py, {@code src:} a file under airflow-core/src/airflow/timetables/ whose
 * rule the row applies to another zone or date (values from the tz database), {@code docs:}
 * Airflow's documentation.
 */
public final class AirflowScheduleCases {

  /** One row: the DAG as a file, the previous scheduled run, now, and the expected next run. */
  public record Case(String citation, String schedule, String zone, Instant startDate,
      Instant endDate, boolean catchup, DataInterval previous, Instant now, DataInterval expected) {

    /** The DAG file of this row, with one no-op task. */
    public String dagFile(String dagId) {
      return "id: " + dagId + "\nschedule: " + schedule + "\ntimezone: " + zone + "\n"
          + (startDate == null ? "" : "start_date: " + startDate + "\n")
          + (endDate == null ? "" : "end_date: " + endDate + "\n")
          + "catchup: " + catchup + "\ntasks: [{id: t, type: noop}]\n";
    }

    /**
     * The DAG of this row, parsed from its file. A row without start_date (Airflow's
     * {@code earliest=None}) is parsed with a placeholder one that is then taken away, as a DAG
     * file must name a start date for periodic schedules.
     */
    public DagDefinition dag() {
      boolean placeholder = startDate == null && !schedule.contains("@once");
      Case parsedCase = placeholder
          ? new Case(citation, schedule, zone, Instant.EPOCH, endDate, catchup, previous, now, expected)
          : this;
      ParsedDagFile parsed = new DagFileParser(DagFileParser.BUILT_IN_TASK_TYPES)
          .parse("case.yaml", parsedCase.dagFile("case").getBytes(StandardCharsets.UTF_8));
      if (!parsed.errors().isEmpty()) {
        throw new IllegalArgumentException(citation + ": " + parsed.errors());
      }
      DagDefinition dag = parsed.dag();
      return !placeholder ? dag : new DagDefinition(dag.dagId(), dag.description(), dag.tags(),
          dag.schedule(), null, dag.endDate(), dag.catchup(), dag.maxActiveRuns(),
          dag.maxActiveTasks(), dag.params(), dag.tasks(), dag.source(), dag.version());
    }

    @Override
    public String toString() {
      return citation + " | " + schedule + " " + zone;
    }
  }

  private static final String TABLE = """
      I test_no_catchup_first_starts_at_current_time[first-run] | "30 16 * * *" | UTC | 2021-09-06T00:00Z | - | false | - | 2021-09-07T00:00Z | 2021-09-06T16:30Z .. 2021-09-07T16:30Z
      I test_no_catchup_first_starts_at_current_time[subsequent] | "30 16 * * *" | UTC | 2021-09-06T00:00Z | - | false | 2021-09-04T00:00Z .. 2021-09-05T00:00Z | 2021-09-07T00:00Z | 2021-09-06T16:30Z .. 2021-09-07T16:30Z
      I test_new_schedule_next_info_starts_at_new_time[catchup_true-none] | "30 16 * * *" | UTC | - | - | true | 2021-09-06T00:00Z .. 2021-09-07T00:00Z | 2021-09-07T00:00Z | 2021-09-06T16:30Z .. 2021-09-07T16:30Z
      I test_new_schedule_next_info_starts_at_new_time[catchup_true-start_date] | "30 16 * * *" | UTC | 2021-09-04T00:00Z | - | true | 2021-09-06T00:00Z .. 2021-09-07T00:00Z | 2021-09-07T00:00Z | 2021-09-06T16:30Z .. 2021-09-07T16:30Z
      I test_new_schedule_next_info_starts_at_new_time[catchup_false-none] | "30 16 * * *" | UTC | - | - | false | 2021-09-06T00:00Z .. 2021-09-07T00:00Z | 2021-09-07T00:00Z | 2021-09-06T16:30Z .. 2021-09-07T16:30Z
      I test_new_schedule_next_info_starts_at_new_time[catchup_false-start_date] | "30 16 * * *" | UTC | 2021-09-04T00:00Z | - | false | 2021-09-06T00:00Z .. 2021-09-07T00:00Z | 2021-09-07T00:00Z | 2021-09-06T16:30Z .. 2021-09-07T16:30Z
      I test_no_catchup_next_info_starts_at_current_time[first-run-cron] | "@hourly" | UTC | 2021-09-04T00:00Z | - | false | - | 2021-09-07T00:00Z | 2021-09-06T23:00Z .. 2021-09-07T00:00Z
      I test_no_catchup_next_info_starts_at_current_time[subsequent-cron] | "@hourly" | UTC | 2021-09-04T00:00Z | - | false | 2021-09-04T00:00Z .. 2021-09-05T00:00Z | 2021-09-07T00:00Z | 2021-09-06T23:00Z .. 2021-09-07T00:00Z
      I test_no_catchup_next_info_starts_at_current_time[first-run-timedelta] | 1h | UTC | 2021-09-04T00:00Z | - | false | - | 2021-09-07T00:00Z | 2021-09-06T23:00Z .. 2021-09-07T00:00Z
      I test_no_catchup_next_info_starts_at_current_time[subsequent-timedelta] | 1h | UTC | 2021-09-04T00:00Z | - | false | 2021-09-04T00:00Z .. 2021-09-05T00:00Z | 2021-09-07T00:00Z | 2021-09-06T23:00Z .. 2021-09-07T00:00Z
      I test_no_catchup_next_info_starts_at_current_time[first-run-relativedelta] | {every: PT1H} | UTC | 2021-09-04T00:00Z | - | false | - | 2021-09-07T00:00Z | 2021-09-06T23:00Z .. 2021-09-07T00:00Z
      I test_no_catchup_calendar_delta_aligns_to_start_date[monthly-first-run] | P1M | UTC | 2025-01-15T00:00Z | - | false | - | 2026-06-29T00:00Z | 2026-05-15T00:00Z .. 2026-06-15T00:00Z
      I test_no_catchup_calendar_delta_aligns_to_start_date[monthly-subsequent] | P1M | UTC | 2025-01-15T00:00Z | - | false | 2020-01-01T00:00Z .. 2020-02-01T00:00Z | 2026-06-29T00:00Z | 2026-05-15T00:00Z .. 2026-06-15T00:00Z
      I test_no_catchup_calendar_delta_aligns_to_start_date[yearly-first-run] | {every: P1Y} | UTC | 2020-03-10T00:00Z | - | false | - | 2026-06-29T00:00Z | 2025-03-10T00:00Z .. 2026-03-10T00:00Z
      I test_no_catchup_calendar_delta_aligns_to_start_date[yearly-subsequent] | {every: P1Y} | UTC | 2020-03-10T00:00Z | - | false | 2020-01-01T00:00Z .. 2020-02-01T00:00Z | 2026-06-29T00:00Z | 2025-03-10T00:00Z .. 2026-03-10T00:00Z
      I test_no_catchup_calendar_delta_without_start_date_ends_now | P1M | UTC | - | - | false | - | 2026-06-29T12:00Z | 2026-05-29T12:00Z .. 2026-06-29T12:00Z
      I test_no_catchup_calendar_delta_uses_one_period_at_a_time_clamping | P1M | UTC | 2025-01-31T00:00Z | - | false | - | 2026-06-29T00:00Z | 2026-05-28T00:00Z .. 2026-06-28T00:00Z
      I test_catchup_next_info_starts_at_previous_interval_end[cron] | "@hourly" | UTC | 2021-09-04T00:00Z | - | true | 2021-09-04T00:00Z .. 2021-09-05T00:00Z | 2021-09-07T00:00Z | 2021-09-05T00:00Z .. 2021-09-05T01:00Z
      I test_catchup_next_info_starts_at_previous_interval_end[timedelta] | 1h | UTC | 2021-09-04T00:00Z | - | true | 2021-09-04T00:00Z .. 2021-09-05T00:00Z | 2021-09-07T00:00Z | 2021-09-05T00:00Z .. 2021-09-05T01:00Z
      I test_catchup_next_info_starts_at_previous_interval_end[relativedelta] | {every: PT1H, kind: interval} | UTC | 2021-09-04T00:00Z | - | true | 2021-09-04T00:00Z .. 2021-09-05T00:00Z | 2021-09-07T00:00Z | 2021-09-05T00:00Z .. 2021-09-05T01:00Z
      I test_zero_length_last_interval_does_not_re_emit_logical_date[catchup_true] | "0 17 * * *" | UTC | - | - | true | 2021-09-05T17:00Z .. 2021-09-05T17:00Z | 2021-09-07T15:00Z | 2021-09-06T17:00Z .. 2021-09-07T17:00Z
      I test_zero_length_last_interval_does_not_re_emit_logical_date[catchup_false] | "0 17 * * *" | UTC | - | - | false | 2021-09-05T17:00Z .. 2021-09-05T17:00Z | 2021-09-07T15:00Z | 2021-09-06T17:00Z .. 2021-09-07T17:00Z
      I test_cron_next_dagrun_info_alignment[exact] | "@daily" | UTC | - | - | true | 2022-08-07T00:00Z .. 2022-08-08T00:00Z | 2022-08-10T00:00Z | 2022-08-08T00:00Z .. 2022-08-09T00:00Z
      I test_cron_next_dagrun_info_alignment[changed] | "@daily" | UTC | - | - | true | 2022-08-07T01:00Z .. 2022-08-08T01:00Z | 2022-08-10T00:00Z | 2022-08-08T00:00Z .. 2022-08-09T00:00Z
      I test_cron_next_dagrun_info_after_dst_manual_run[new-york-dst-gap] | "0 2 * * *" | America/New_York | - | - | true | 2024-03-09T07:00Z .. 2024-03-10T07:00Z | 2024-03-10T07:30Z | 2024-03-10T07:00Z .. 2024-03-11T06:00Z
      I test_cron_next_dagrun_info_after_dst_manual_run[zurich-dst-gap] | "0 2 * * *" | Europe/Zurich | - | - | true | 2023-03-25T01:00Z .. 2023-03-26T01:00Z | 2023-03-26T01:30Z | 2023-03-26T01:00Z .. 2023-03-27T00:00Z
      I test_cron_next_dagrun_info_no_catchup_dst[new-york-dst-gap] | "0 2 * * *" | America/New_York | - | - | false | - | 2024-03-10T07:30Z | 2024-03-09T07:00Z .. 2024-03-10T07:00Z
      I test_cron_next_dagrun_info_no_catchup_dst[new-york-dst-gap-exact] | "0 2 * * *" | America/New_York | - | - | false | - | 2024-03-10T07:00Z | 2024-03-09T07:00Z .. 2024-03-10T07:00Z
      I test_cron_next_dagrun_info_no_catchup_dst[zurich-dst-gap] | "0 2 * * *" | Europe/Zurich | - | - | false | - | 2023-03-26T01:30Z | 2023-03-25T01:00Z .. 2023-03-26T01:00Z
      I test_cron_next_dagrun_info_no_catchup_dst[lord-howe-half-hour-dst-gap] | "0 2 * * *" | Australia/Lord_Howe | - | - | false | - | 2024-10-05T15:30Z | 2024-10-04T15:30Z .. 2024-10-05T15:30Z
      I test_cron_next_dagrun_info_no_catchup_dst[new-york-fold] | "0 1 * * *" | America/New_York | - | - | false | - | 2024-11-03T05:30Z | 2024-11-01T05:00Z .. 2024-11-02T05:00Z
      I TestCronIntervalDst.test_entering_exact[1] | "0 3 * * *" | Europe/Zurich | 2023-03-24T00:00Z | - | true | - | 2023-04-01T00:00Z | 2023-03-24T02:00Z .. 2023-03-25T02:00Z
      I TestCronIntervalDst.test_entering_exact[2] | "0 3 * * *" | Europe/Zurich | 2023-03-24T00:00Z | - | true | 2023-03-24T02:00Z .. 2023-03-25T02:00Z | 2023-04-01T00:00Z | 2023-03-25T02:00Z .. 2023-03-26T01:00Z
      I TestCronIntervalDst.test_entering_exact[3] | "0 3 * * *" | Europe/Zurich | 2023-03-24T00:00Z | - | true | 2023-03-25T02:00Z .. 2023-03-26T01:00Z | 2023-04-01T00:00Z | 2023-03-26T01:00Z .. 2023-03-27T01:00Z
      I TestCronIntervalDst.test_entering_skip[1] | "0 2 * * *" | Europe/Zurich | 2023-03-24T00:00Z | - | true | - | 2023-04-01T00:00Z | 2023-03-24T01:00Z .. 2023-03-25T01:00Z
      I TestCronIntervalDst.test_entering_skip[2] | "0 2 * * *" | Europe/Zurich | 2023-03-24T00:00Z | - | true | 2023-03-24T01:00Z .. 2023-03-25T01:00Z | 2023-04-01T00:00Z | 2023-03-25T01:00Z .. 2023-03-26T01:00Z
      I TestCronIntervalDst.test_entering_skip[3] | "0 2 * * *" | Europe/Zurich | 2023-03-24T00:00Z | - | true | 2023-03-25T01:00Z .. 2023-03-26T01:00Z | 2023-04-01T00:00Z | 2023-03-26T01:00Z .. 2023-03-27T00:00Z
      I TestCronIntervalDst.test_exiting_exact[1] | "0 3 * * *" | Europe/Zurich | 2023-10-27T00:00Z | - | true | - | 2023-11-01T00:00Z | 2023-10-27T01:00Z .. 2023-10-28T01:00Z
      I TestCronIntervalDst.test_exiting_exact[2] | "0 3 * * *" | Europe/Zurich | 2023-10-27T00:00Z | - | true | 2023-10-27T01:00Z .. 2023-10-28T01:00Z | 2023-11-01T00:00Z | 2023-10-28T01:00Z .. 2023-10-29T02:00Z
      I TestCronIntervalDst.test_exiting_exact[3] | "0 3 * * *" | Europe/Zurich | 2023-10-27T00:00Z | - | true | 2023-10-28T01:00Z .. 2023-10-29T02:00Z | 2023-11-01T00:00Z | 2023-10-29T02:00Z .. 2023-10-30T02:00Z
      I TestCronIntervalDst.test_exiting_fold[1] | "0 2 * * *" | Europe/Zurich | 2023-10-27T00:00Z | - | true | - | 2023-11-01T00:00Z | 2023-10-27T00:00Z .. 2023-10-28T00:00Z
      I TestCronIntervalDst.test_exiting_fold[2] | "0 2 * * *" | Europe/Zurich | 2023-10-27T00:00Z | - | true | 2023-10-27T00:00Z .. 2023-10-28T00:00Z | 2023-11-01T00:00Z | 2023-10-28T00:00Z .. 2023-10-29T01:00Z
      I TestCronIntervalDst.test_exiting_fold[3] | "0 2 * * *" | Europe/Zurich | 2023-10-27T00:00Z | - | true | 2023-10-28T00:00Z .. 2023-10-29T01:00Z | 2023-11-01T00:00Z | 2023-10-29T01:00Z .. 2023-10-30T01:00Z
      I TestCronIntervalDstNonTrivial.test_7_to_8_entering[1] | "0 7-8 * * *" | America/Los_Angeles | 2020-03-07T00:00Z | - | true | - | 2020-04-01T00:00Z | 2020-03-07T15:00Z .. 2020-03-07T16:00Z
      I TestCronIntervalDstNonTrivial.test_7_to_8_entering[2] | "0 7-8 * * *" | America/Los_Angeles | 2020-03-07T00:00Z | - | true | 2020-03-07T15:00Z .. 2020-03-07T16:00Z | 2020-04-01T00:00Z | 2020-03-07T16:00Z .. 2020-03-08T14:00Z
      I TestCronIntervalDstNonTrivial.test_7_to_8_entering[3] | "0 7-8 * * *" | America/Los_Angeles | 2020-03-07T00:00Z | - | true | 2020-03-07T16:00Z .. 2020-03-08T14:00Z | 2020-04-01T00:00Z | 2020-03-08T14:00Z .. 2020-03-08T15:00Z
      I TestCronIntervalDstNonTrivial.test_7_and_9_entering[1] | "0 7,9 * * *" | America/Los_Angeles | 2020-03-07T00:00Z | - | true | - | 2020-04-01T00:00Z | 2020-03-07T15:00Z .. 2020-03-07T17:00Z
      I TestCronIntervalDstNonTrivial.test_7_and_9_entering[2] | "0 7,9 * * *" | America/Los_Angeles | 2020-03-07T00:00Z | - | true | 2020-03-07T15:00Z .. 2020-03-07T17:00Z | 2020-04-01T00:00Z | 2020-03-07T17:00Z .. 2020-03-08T14:00Z
      I TestCronIntervalDstNonTrivial.test_7_and_9_entering[3] | "0 7,9 * * *" | America/Los_Angeles | 2020-03-07T00:00Z | - | true | 2020-03-07T17:00Z .. 2020-03-08T14:00Z | 2020-04-01T00:00Z | 2020-03-08T14:00Z .. 2020-03-08T16:00Z
      I test_fold_scheduling[1] | "*/30 * * * *" | Europe/Zurich | 2023-10-28T23:30Z | - | true | - | 2023-11-01T00:00Z | 2023-10-28T23:30Z .. 2023-10-29T00:00Z
      I test_fold_scheduling[2] | "*/30 * * * *" | Europe/Zurich | 2023-10-28T23:30Z | - | true | 2023-10-28T23:30Z .. 2023-10-29T00:00Z | 2023-11-01T00:00Z | 2023-10-29T00:00Z .. 2023-10-29T00:30Z
      I test_fold_scheduling[3] | "*/30 * * * *" | Europe/Zurich | 2023-10-28T23:30Z | - | true | 2023-10-29T00:00Z .. 2023-10-29T00:30Z | 2023-11-01T00:00Z | 2023-10-29T00:30Z .. 2023-10-29T01:00Z
      I test_fold_scheduling[4] | "*/30 * * * *" | Europe/Zurich | 2023-10-28T23:30Z | - | true | 2023-10-29T00:30Z .. 2023-10-29T01:00Z | 2023-11-01T00:00Z | 2023-10-29T01:00Z .. 2023-10-29T01:30Z
      I test_fold_scheduling[5] | "*/30 * * * *" | Europe/Zurich | 2023-10-28T23:30Z | - | true | 2023-10-29T01:00Z .. 2023-10-29T01:30Z | 2023-11-01T00:00Z | 2023-10-29T01:30Z .. 2023-10-29T02:00Z
      T test_daily_cron_trigger_no_catchup_first_starts_at_next_schedule[first-run] | {cron: "30 16 * * *", kind: trigger} | UTC | 2021-09-06T00:00Z | - | false | - | 2021-09-07T00:00Z | 2021-09-06T16:30Z .. 2021-09-06T16:30Z
      T test_daily_cron_trigger_no_catchup_first_starts_at_next_schedule[before-now] | {cron: "30 16 * * *", kind: trigger} | UTC | 2021-09-06T00:00Z | - | false | 2021-09-06T16:30Z .. 2021-09-06T16:30Z | 2021-09-07T00:00Z | 2021-09-07T16:30Z .. 2021-09-07T16:30Z
      T test_daily_cron_trigger_no_catchup_first_starts_at_next_schedule[after-now] | {cron: "30 16 * * *", kind: trigger} | UTC | 2021-09-06T00:00Z | - | false | 2021-09-07T16:30Z .. 2021-09-07T16:30Z | 2021-09-07T00:00Z | 2021-09-08T16:30Z .. 2021-09-08T16:30Z
      T test_daily_delta_trigger_no_catchup_first_starts_at_next_schedule[timedelta-first-run] | {every: 1d, kind: trigger} | UTC | 2021-09-06T00:00Z | - | false | - | 2021-09-07T00:00Z | 2021-09-07T00:00Z .. 2021-09-07T00:00Z
      T test_daily_delta_trigger_no_catchup_first_starts_at_next_schedule[timedelta-before-now] | {every: 1d, kind: trigger} | UTC | 2021-09-06T00:00Z | - | false | 2021-09-06T16:30Z .. 2021-09-06T16:30Z | 2021-09-07T00:00Z | 2021-09-07T16:30Z .. 2021-09-07T16:30Z
      T test_daily_delta_trigger_no_catchup_first_starts_at_next_schedule[timedelta-after-now] | {every: 1d, kind: trigger} | UTC | 2021-09-06T00:00Z | - | false | 2021-09-07T16:30Z .. 2021-09-07T16:30Z | 2021-09-07T00:00Z | 2021-09-08T16:30Z .. 2021-09-08T16:30Z
      T test_hourly_cron_trigger_no_catchup_next_info[current_time_on_boundary] | {cron: "@hourly", kind: trigger} | UTC | 2021-09-04T00:00Z | - | false | 2021-09-05T00:00Z .. 2021-09-05T00:00Z | 2022-07-27T00:00Z | 2022-07-27T00:00Z .. 2022-07-27T00:00Z
      T test_hourly_cron_trigger_no_catchup_next_info[current_time_not_on_boundary] | {cron: "@hourly", kind: trigger} | UTC | 2021-09-04T00:00Z | - | false | 2021-09-05T00:00Z .. 2021-09-05T00:00Z | 2022-07-27T00:30Z | 2022-07-27T00:00Z .. 2022-07-27T00:00Z
      T test_hourly_cron_trigger_no_catchup_next_info[current_time_miss_one_interval_on_boundary] | {cron: "@hourly", kind: trigger} | UTC | 2021-09-04T00:00Z | - | false | 2021-09-05T00:00Z .. 2021-09-05T00:00Z | 2022-07-27T01:00Z | 2022-07-27T01:00Z .. 2022-07-27T01:00Z
      T test_hourly_cron_trigger_no_catchup_next_info[current_time_miss_one_interval_not_on_boundary] | {cron: "@hourly", kind: trigger} | UTC | 2021-09-04T00:00Z | - | false | 2021-09-05T00:00Z .. 2021-09-05T00:00Z | 2022-07-27T01:30Z | 2022-07-27T01:00Z .. 2022-07-27T01:00Z
      T test_hourly_cron_trigger_no_catchup_next_info[future_start_date] | {cron: "@hourly", kind: trigger} | UTC | 2199-12-31T22:30Z | - | false | 2021-09-05T00:00Z .. 2021-09-05T00:00Z | 2022-07-27T00:30Z | 2199-12-31T23:00Z .. 2199-12-31T23:00Z
      T test_hourly_delta_trigger_no_catchup_next_info[timedelta-current_time_on_boundary] | {every: 1h, kind: trigger} | UTC | 2021-09-04T00:00Z | - | false | 2021-09-05T00:00Z .. 2021-09-05T00:00Z | 2022-07-27T00:00Z | 2022-07-27T00:00Z .. 2022-07-27T00:00Z
      T test_hourly_delta_trigger_no_catchup_next_info[timedelta-current_time_not_on_boundary] | {every: 1h, kind: trigger} | UTC | 2021-09-04T00:00Z | - | false | 2021-09-05T00:00Z .. 2021-09-05T00:00Z | 2022-07-27T00:30Z | 2022-07-27T00:30Z .. 2022-07-27T00:30Z
      T test_hourly_delta_trigger_no_catchup_next_info[timedelta-current_time_miss_one_interval_on_boundary] | {every: 1h, kind: trigger} | UTC | 2021-09-04T00:00Z | - | false | 2021-09-05T00:00Z .. 2021-09-05T00:00Z | 2022-07-27T01:00Z | 2022-07-27T01:00Z .. 2022-07-27T01:00Z
      T test_hourly_delta_trigger_no_catchup_next_info[timedelta-current_time_miss_one_interval_not_on_boundary] | {every: 1h, kind: trigger} | UTC | 2021-09-04T00:00Z | - | false | 2021-09-05T00:00Z .. 2021-09-05T00:00Z | 2022-07-27T01:30Z | 2022-07-27T01:30Z .. 2022-07-27T01:30Z
      T test_hourly_delta_trigger_no_catchup_next_info[timedelta-future_start_date] | {every: 1h, kind: trigger} | UTC | 2199-12-31T22:30Z | - | false | 2021-09-05T00:00Z .. 2021-09-05T00:00Z | 2022-07-27T00:30Z | 2199-12-31T22:30Z .. 2199-12-31T22:30Z
      T test_hourly_cron_trigger_catchup_next_info[last_automated_on_boundary] | {cron: "@hourly", kind: trigger} | UTC | 2021-09-04T00:00Z | - | true | 2022-07-27T00:00Z .. 2022-07-27T00:00Z | 2022-08-01T00:00Z | 2022-07-27T01:00Z .. 2022-07-27T01:00Z
      T test_hourly_cron_trigger_catchup_next_info[last_automated_not_on_boundary] | {cron: "@hourly", kind: trigger} | UTC | 2021-09-04T00:00Z | - | true | 2022-07-27T00:30Z .. 2022-07-27T00:30Z | 2022-08-01T00:00Z | 2022-07-27T01:00Z .. 2022-07-27T01:00Z
      T test_hourly_cron_trigger_catchup_next_info[no_last_automated_with_earliest_on_boundary] | {cron: "@hourly", kind: trigger} | UTC | 2022-07-27T00:00Z | - | true | - | 2022-08-01T00:00Z | 2022-07-27T00:00Z .. 2022-07-27T00:00Z
      T test_hourly_cron_trigger_catchup_next_info[no_last_automated_with_earliest_not_on_boundary] | {cron: "@hourly", kind: trigger} | UTC | 2022-07-27T00:30Z | - | true | - | 2022-08-01T00:00Z | 2022-07-27T01:00Z .. 2022-07-27T01:00Z
      T test_hourly_delta_trigger_catchup_next_info[timedelta-last_automated_on_boundary] | {every: 1h, kind: trigger} | UTC | 2021-09-04T00:00Z | - | true | 2022-07-27T00:00Z .. 2022-07-27T00:00Z | 2022-08-01T00:00Z | 2022-07-27T01:00Z .. 2022-07-27T01:00Z
      T test_hourly_delta_trigger_catchup_next_info[timedelta-last_automated_not_on_boundary] | {every: 1h, kind: trigger} | UTC | 2021-09-04T00:00Z | - | true | 2022-07-27T00:30Z .. 2022-07-27T00:30Z | 2022-08-01T00:00Z | 2022-07-27T01:30Z .. 2022-07-27T01:30Z
      T test_hourly_delta_trigger_catchup_next_info[timedelta-no_last_automated_with_earliest_on_boundary] | {every: 1h, kind: trigger} | UTC | 2022-07-27T00:00Z | - | true | - | 2022-08-01T00:00Z | 2022-07-27T00:00Z .. 2022-07-27T00:00Z
      T test_hourly_delta_trigger_catchup_next_info[timedelta-no_last_automated_with_earliest_not_on_boundary] | {every: 1h, kind: trigger} | UTC | 2022-07-27T00:30Z | - | true | - | 2022-08-01T00:00Z | 2022-07-27T00:30Z .. 2022-07-27T00:30Z
      T test_cron_trigger_next_info_with_interval | {cron: "30 16 * * MON", kind: trigger, interval: 16h30m} | UTC | 2021-09-04T00:00Z | - | true | 2022-08-01T00:00Z .. 2022-08-01T16:30Z | 2022-09-01T00:00Z | 2022-08-08T00:00Z .. 2022-08-08T16:30Z
      E test_subsequent_weekday_schedule[none] | {events: [2021-09-06T00:00Z, 2021-09-07T00:00Z, 2021-09-08T00:00Z, 2021-09-10T00:00Z, 2021-10-09T00:00Z]} | UTC | 2021-09-07T00:00Z | - | true | - | 2021-12-01T00:00Z | 2021-09-07T00:00Z .. 2021-09-07T00:00Z
      E test_subsequent_weekday_schedule[first-event] | {events: [2021-09-06T00:00Z, 2021-09-07T00:00Z, 2021-09-08T00:00Z, 2021-09-10T00:00Z, 2021-10-09T00:00Z]} | UTC | 2021-09-07T00:00Z | - | true | 2021-09-06T00:00Z .. 2021-09-06T00:00Z | 2021-12-01T00:00Z | 2021-09-07T00:00Z .. 2021-09-07T00:00Z
      E test_subsequent_weekday_schedule[09-07] | {events: [2021-09-06T00:00Z, 2021-09-07T00:00Z, 2021-09-08T00:00Z, 2021-09-10T00:00Z, 2021-10-09T00:00Z]} | UTC | 2021-09-07T00:00Z | - | true | 2021-09-07T00:00Z .. 2021-09-07T00:00Z | 2021-12-01T00:00Z | 2021-09-08T00:00Z .. 2021-09-08T00:00Z
      E test_subsequent_weekday_schedule[09-08] | {events: [2021-09-06T00:00Z, 2021-09-07T00:00Z, 2021-09-08T00:00Z, 2021-09-10T00:00Z, 2021-10-09T00:00Z]} | UTC | 2021-09-07T00:00Z | - | true | 2021-09-08T00:00Z .. 2021-09-08T00:00Z | 2021-12-01T00:00Z | 2021-09-10T00:00Z .. 2021-09-10T00:00Z
      E test_subsequent_weekday_schedule[09-10] | {events: [2021-09-06T00:00Z, 2021-09-07T00:00Z, 2021-09-08T00:00Z, 2021-09-10T00:00Z, 2021-10-09T00:00Z]} | UTC | 2021-09-07T00:00Z | - | true | 2021-09-10T00:00Z .. 2021-09-10T00:00Z | 2021-12-01T00:00Z | 2021-10-09T00:00Z .. 2021-10-09T00:00Z
      E test_subsequent_weekday_schedule[last-event] | {events: [2021-09-06T00:00Z, 2021-09-07T00:00Z, 2021-09-08T00:00Z, 2021-09-10T00:00Z, 2021-10-09T00:00Z]} | UTC | 2021-09-07T00:00Z | - | true | 2021-10-09T00:00Z .. 2021-10-09T00:00Z | 2021-12-01T00:00Z | -
      E test_no_catchup_first_starts[first-run-before-first-event] | {events: [2021-09-06T00:00Z, 2021-09-07T00:00Z, 2021-09-08T00:00Z, 2021-09-10T00:00Z, 2021-10-09T00:00Z]} | UTC | 2021-09-07T00:00Z | - | false | - | 2021-09-01T00:00Z | 2021-09-07T00:00Z .. 2021-09-07T00:00Z
      E test_no_catchup_first_starts[first-run-in-the-middle] | {events: [2021-09-06T00:00Z, 2021-09-07T00:00Z, 2021-09-08T00:00Z, 2021-09-10T00:00Z, 2021-10-09T00:00Z]} | UTC | 2021-09-07T00:00Z | - | false | - | 2021-09-08T00:00Z | 2021-09-08T00:00Z .. 2021-09-08T00:00Z
      E test_no_catchup_first_starts[first-run-after-last-event] | {events: [2021-09-06T00:00Z, 2021-09-07T00:00Z, 2021-09-08T00:00Z, 2021-09-10T00:00Z, 2021-10-09T00:00Z]} | UTC | 2021-09-07T00:00Z | - | false | - | 2021-12-09T00:00Z | -
      E test_no_catchup_first_starts[subsequent-run-before-first-event] | {events: [2021-09-06T00:00Z, 2021-09-07T00:00Z, 2021-09-08T00:00Z, 2021-09-10T00:00Z, 2021-10-09T00:00Z]} | UTC | 2021-09-07T00:00Z | - | false | 2021-09-04T00:00Z .. 2021-09-04T00:00Z | 2021-09-01T00:00Z | 2021-09-07T00:00Z .. 2021-09-07T00:00Z
      E test_no_catchup_first_starts[subsequent-run-in-the-middle] | {events: [2021-09-06T00:00Z, 2021-09-07T00:00Z, 2021-09-08T00:00Z, 2021-09-10T00:00Z, 2021-10-09T00:00Z]} | UTC | 2021-09-07T00:00Z | - | false | 2021-09-04T00:00Z .. 2021-09-04T00:00Z | 2021-09-08T00:00Z | 2021-09-08T00:00Z .. 2021-09-08T00:00Z
      E test_no_catchup_first_starts[subsequent-run-after-last-event] | {events: [2021-09-06T00:00Z, 2021-09-07T00:00Z, 2021-09-08T00:00Z, 2021-09-10T00:00Z, 2021-10-09T00:00Z]} | UTC | 2021-09-07T00:00Z | - | false | 2021-09-04T00:00Z .. 2021-09-04T00:00Z | 2021-12-09T00:00Z | -
      O test_no_start_date_means_now[True-None-None] | "@once" | UTC | - | - | true | - | 2025-03-04T05:06:07Z | 2025-03-04T05:06:07Z .. 2025-03-04T05:06:07Z
      O test_no_start_date_means_now[True-None-later_end] | "@once" | UTC | - | 2025-03-05T05:06:07Z | true | - | 2025-03-04T05:06:07Z | 2025-03-04T05:06:07Z .. 2025-03-04T05:06:07Z
      O test_no_start_date_means_now[True-None-earlier_end] | "@once" | UTC | - | 2025-03-03T05:06:07Z | true | - | 2025-03-04T05:06:07Z | -
      O test_no_start_date_means_now[True-previous-None] | "@once" | UTC | - | - | true | 2025-03-03T05:06:07Z .. 2025-03-03T05:06:07Z | 2025-03-04T05:06:07Z | -
      O test_no_start_date_means_now[True-previous-later_end] | "@once" | UTC | - | 2025-03-05T05:06:07Z | true | 2025-03-03T05:06:07Z .. 2025-03-03T05:06:07Z | 2025-03-04T05:06:07Z | -
      O test_no_start_date_means_now[True-previous-earlier_end] | "@once" | UTC | - | 2025-03-03T05:06:07Z | true | 2025-03-03T05:06:07Z .. 2025-03-03T05:06:07Z | 2025-03-04T05:06:07Z | -
      O test_no_start_date_means_now[False-None-None] | "@once" | UTC | - | - | false | - | 2025-03-04T05:06:07Z | 2025-03-04T05:06:07Z .. 2025-03-04T05:06:07Z
      O test_no_start_date_means_now[False-None-later_end] | "@once" | UTC | - | 2025-03-05T05:06:07Z | false | - | 2025-03-04T05:06:07Z | 2025-03-04T05:06:07Z .. 2025-03-04T05:06:07Z
      O test_no_start_date_means_now[False-None-earlier_end] | "@once" | UTC | - | 2025-03-03T05:06:07Z | false | - | 2025-03-04T05:06:07Z | -
      O test_no_start_date_means_now[False-previous-None] | "@once" | UTC | - | - | false | 2025-03-03T05:06:07Z .. 2025-03-03T05:06:07Z | 2025-03-04T05:06:07Z | -
      O test_no_start_date_means_now[False-previous-later_end] | "@once" | UTC | - | 2025-03-05T05:06:07Z | false | 2025-03-03T05:06:07Z .. 2025-03-03T05:06:07Z | 2025-03-04T05:06:07Z | -
      O test_no_start_date_means_now[False-previous-earlier_end] | "@once" | UTC | - | 2025-03-03T05:06:07Z | false | 2025-03-03T05:06:07Z .. 2025-03-03T05:06:07Z | 2025-03-04T05:06:07Z | -
      src:simple.py OnceTimetable (start_date, whatever catch-up) | "@once" | UTC | 2025-01-01T00:00Z | - | false | - | 2025-03-04T05:06:07Z | 2025-01-01T00:00Z .. 2025-01-01T00:00Z
      src:interval.py next_dagrun_info (start > latest: none) | "@daily" | UTC | 2026-06-01T00:00Z | 2026-06-03T00:00Z | true | 2026-06-03T00:00Z .. 2026-06-04T00:00Z | 2026-07-01T00:00Z | -
      src:interval.py next_dagrun_info (start = latest still runs) | "@daily" | UTC | 2026-06-01T00:00Z | 2026-06-03T00:00Z | true | 2026-06-02T00:00Z .. 2026-06-03T00:00Z | 2026-07-01T00:00Z | 2026-06-03T00:00Z .. 2026-06-04T00:00Z
      src:interval.py next_dagrun_info (end_date bounds catch-up off too) | "@daily" | UTC | 2026-06-01T00:00Z | 2026-06-03T00:00Z | false | - | 2026-07-01T00:00Z | -
      src:interval.py _skip_to_latest (start_date bounds catch-up off) | "@daily" | UTC | 2026-06-10T00:00Z | - | false | 2026-06-01T00:00Z .. 2026-06-02T00:00Z | 2026-06-05T00:00Z | 2026-06-10T00:00Z .. 2026-06-11T00:00Z
      src:trigger.py next_dagrun_info (latest < next_start_time: none) | {cron: "@daily", kind: trigger} | UTC | 2026-06-01T00:00Z | 2026-06-03T12:00Z | true | 2026-06-03T00:00Z .. 2026-06-03T00:00Z | 2026-07-01T00:00Z | -
      src:interval.py DeltaDataIntervalTimetable._round (epoch grid, 7h) | 7h | UTC | 2021-09-04T00:00Z | - | false | - | 2021-09-07T00:00Z | 2021-09-06T16:00Z .. 2021-09-06T23:00Z
      src:interval.py DeltaDataIntervalTimetable._round (grid ignores a start_date off it) | 1h | UTC | 2021-09-04T00:20Z | - | false | - | 2021-09-07T00:30Z | 2021-09-06T23:00Z .. 2021-09-07T00:00Z
      src:interval.py DeltaDataIntervalTimetable (catch-up on steps from start_date) | 1h | UTC | 2021-09-04T00:20Z | - | true | - | 2021-09-07T00:30Z | 2021-09-04T00:20Z .. 2021-09-04T01:20Z
      docs:authoring-and-scheduling/cron.rst @quarterly = 0 0 1 */3 * | "@quarterly" | UTC | 2026-01-15T00:00Z | - | true | - | 2026-08-01T00:00Z | 2026-04-01T00:00Z .. 2026-07-01T00:00Z
      docs:authoring-and-scheduling/cron.rst @quarterly (previous quarter) | "@quarterly" | UTC | 2025-01-01T00:00Z | - | true | 2025-10-01T00:00Z .. 2026-01-01T00:00Z | 2026-08-01T00:00Z | 2026-01-01T00:00Z .. 2026-04-01T00:00Z
      I test_no_catchup_calendar_delta_uses_one_period_at_a_time_clamping (rule; leap year) | P1M | UTC | 2024-01-31T00:00Z | - | true | - | 2024-06-01T00:00Z | 2024-01-31T00:00Z .. 2024-02-29T00:00Z
      I test_no_catchup_calendar_delta_uses_one_period_at_a_time_clamping (rule; after the clamp) | P1M | UTC | 2024-01-31T00:00Z | - | true | 2024-01-31T00:00Z .. 2024-02-29T00:00Z | 2024-06-01T00:00Z | 2024-02-29T00:00Z .. 2024-03-29T00:00Z
      I test_no_catchup_calendar_delta_uses_one_period_at_a_time_clamping (rule; leap day + P1Y) | P1Y | UTC | 2024-02-29T00:00Z | - | true | - | 2026-06-01T00:00Z | 2024-02-29T00:00Z .. 2025-02-28T00:00Z
      I test_no_catchup_calendar_delta_uses_one_period_at_a_time_clamping (rule; P1Y after the clamp) | P1Y | UTC | 2024-02-29T00:00Z | - | true | 2024-02-29T00:00Z .. 2025-02-28T00:00Z | 2026-06-01T00:00Z | 2025-02-28T00:00Z .. 2026-02-28T00:00Z
      src:_cron.py croniter field matching (day 31 skips short months) | "0 0 31 * *" | UTC | 2026-04-01T00:00Z | - | true | - | 2026-09-01T00:00Z | 2026-05-31T00:00Z .. 2026-07-31T00:00Z
      src:_cron.py croniter field matching (Feb 29 in a leap year) | "0 6 28,29 2 *" | UTC | 2028-02-28T12:00Z | - | true | - | 2029-01-01T00:00Z | 2028-02-29T06:00Z .. 2029-02-28T06:00Z
      I TestCronIntervalDst.test_entering_skip (rule; Europe/Berlin 2026) | "30 2 * * *" | Europe/Berlin | 2026-03-20T00:00Z | - | true | 2026-03-27T01:30Z .. 2026-03-28T01:30Z | 2026-04-01T00:00Z | 2026-03-28T01:30Z .. 2026-03-29T01:30Z
      I TestCronIntervalDst.test_entering_skip (rule; Europe/Berlin 2026, after the gap) | "30 2 * * *" | Europe/Berlin | 2026-03-20T00:00Z | - | true | 2026-03-28T01:30Z .. 2026-03-29T01:30Z | 2026-04-01T00:00Z | 2026-03-29T01:30Z .. 2026-03-30T00:30Z
      I TestCronIntervalDst.test_exiting_fold (rule; Europe/Berlin 2026) | "30 2 * * *" | Europe/Berlin | 2026-10-20T00:00Z | - | true | 2026-10-23T00:30Z .. 2026-10-24T00:30Z | 2026-11-01T00:00Z | 2026-10-24T00:30Z .. 2026-10-25T01:30Z
      I TestCronIntervalDst.test_exiting_fold (rule; Europe/Berlin 2026, after the fold) | "30 2 * * *" | Europe/Berlin | 2026-10-20T00:00Z | - | true | 2026-10-24T00:30Z .. 2026-10-25T01:30Z | 2026-11-01T00:00Z | 2026-10-25T01:30Z .. 2026-10-26T01:30Z
      I test_fold_scheduling (rule; Europe/Berlin hourly, both copies of 02:15) | "15 * * * *" | Europe/Berlin | 2026-10-20T00:00Z | - | true | 2026-10-24T23:15Z .. 2026-10-25T00:15Z | 2026-11-01T00:00Z | 2026-10-25T00:15Z .. 2026-10-25T01:15Z
      I test_fold_scheduling (rule; Europe/Berlin hourly, second copy) | "15 * * * *" | Europe/Berlin | 2026-10-20T00:00Z | - | true | 2026-10-25T00:15Z .. 2026-10-25T01:15Z | 2026-11-01T00:00Z | 2026-10-25T01:15Z .. 2026-10-25T02:15Z
      src:_cron.py _get_next (hour *: elapsed-time steps over the spring gap, Berlin) | "@hourly" | Europe/Berlin | 2026-03-20T00:00Z | - | true | 2026-03-28T23:00Z .. 2026-03-29T00:00Z | 2026-04-01T00:00Z | 2026-03-29T00:00Z .. 2026-03-29T01:00Z
      src:_cron.py _get_next (hour *: after the spring gap, Berlin) | "@hourly" | Europe/Berlin | 2026-03-20T00:00Z | - | true | 2026-03-29T00:00Z .. 2026-03-29T01:00Z | 2026-04-01T00:00Z | 2026-03-29T01:00Z .. 2026-03-29T02:00Z
      I TestCronIntervalDst.test_exiting_fold (rule; America/New_York 2024) | "30 1 * * *" | America/New_York | 2024-10-01T00:00Z | - | true | 2024-11-01T05:30Z .. 2024-11-02T05:30Z | 2024-12-01T00:00Z | 2024-11-02T05:30Z .. 2024-11-03T06:30Z
      I TestCronIntervalDst.test_exiting_fold (rule; America/New_York 2024, after the fold) | "30 1 * * *" | America/New_York | 2024-10-01T00:00Z | - | true | 2024-11-02T05:30Z .. 2024-11-03T06:30Z | 2024-12-01T00:00Z | 2024-11-03T06:30Z .. 2024-11-04T06:30Z
      I TestCronIntervalDst.test_entering_skip (rule; trigger kind, America/New_York 2024) | {cron: "30 2 * * *", kind: trigger} | America/New_York | 2024-03-01T00:00Z | - | true | 2024-03-09T07:30Z .. 2024-03-09T07:30Z | 2024-04-01T00:00Z | 2024-03-10T07:30Z .. 2024-03-10T07:30Z
      I TestCronIntervalDst.test_entering_skip (rule; trigger kind, America/New_York 2024, after) | {cron: "30 2 * * *", kind: trigger} | America/New_York | 2024-03-01T00:00Z | - | true | 2024-03-10T07:30Z .. 2024-03-10T07:30Z | 2024-04-01T00:00Z | 2024-03-11T06:30Z .. 2024-03-11T06:30Z
      I TestCronIntervalDst.test_entering_skip (rule; Australia/Sydney 2024) | "30 2 * * *" | Australia/Sydney | 2024-10-01T00:00Z | - | true | 2024-10-03T16:30Z .. 2024-10-04T16:30Z | 2024-11-01T00:00Z | 2024-10-04T16:30Z .. 2024-10-05T16:30Z
      I TestCronIntervalDst.test_entering_skip (rule; Australia/Sydney 2024, after the gap) | "30 2 * * *" | Australia/Sydney | 2024-10-01T00:00Z | - | true | 2024-10-04T16:30Z .. 2024-10-05T16:30Z | 2024-11-01T00:00Z | 2024-10-05T16:30Z .. 2024-10-06T15:30Z
      I TestCronIntervalDst.test_exiting_fold (rule; Australia/Sydney 2024) | "30 2 * * *" | Australia/Sydney | 2024-04-01T00:00Z | - | true | 2024-04-04T15:30Z .. 2024-04-05T15:30Z | 2024-05-01T00:00Z | 2024-04-05T15:30Z .. 2024-04-06T16:30Z
      I TestCronIntervalDst.test_exiting_fold (rule; Australia/Sydney 2024, after the fold) | "30 2 * * *" | Australia/Sydney | 2024-04-01T00:00Z | - | true | 2024-04-05T15:30Z .. 2024-04-06T16:30Z | 2024-05-01T00:00Z | 2024-04-06T16:30Z .. 2024-04-07T16:30Z
      I test_fold_scheduling (rule; Australia/Sydney hourly, both copies of 02:00) | "@hourly" | Australia/Sydney | 2024-04-01T00:00Z | - | true | 2024-04-06T14:00Z .. 2024-04-06T15:00Z | 2024-05-01T00:00Z | 2024-04-06T15:00Z .. 2024-04-06T16:00Z
      I test_fold_scheduling (rule; Australia/Sydney hourly, second copy) | "@hourly" | Australia/Sydney | 2024-04-01T00:00Z | - | true | 2024-04-06T15:00Z .. 2024-04-06T16:00Z | 2024-05-01T00:00Z | 2024-04-06T16:00Z .. 2024-04-06T17:00Z
      I TestCronIntervalDst.test_exiting_fold (rule; Australia/Lord_Howe 30-minute fold) | "45 1 * * *" | Australia/Lord_Howe | 2024-04-01T00:00Z | - | true | 2024-04-04T14:45Z .. 2024-04-05T14:45Z | 2024-05-01T00:00Z | 2024-04-05T14:45Z .. 2024-04-06T15:15Z
      I TestCronIntervalDst.test_exiting_fold (rule; Australia/Lord_Howe, after the fold) | "45 1 * * *" | Australia/Lord_Howe | 2024-04-01T00:00Z | - | true | 2024-04-05T14:45Z .. 2024-04-06T15:15Z | 2024-05-01T00:00Z | 2024-04-06T15:15Z .. 2024-04-07T15:15Z
      I TestCronIntervalDst.test_entering_skip (rule; Australia/Lord_Howe 30-minute gap) | "15 2 * * *" | Australia/Lord_Howe | 2024-10-01T00:00Z | - | true | 2024-10-03T15:45Z .. 2024-10-04T15:45Z | 2024-11-01T00:00Z | 2024-10-04T15:45Z .. 2024-10-05T15:45Z
      I TestCronIntervalDst.test_entering_skip (rule; Australia/Lord_Howe, after the gap) | "15 2 * * *" | Australia/Lord_Howe | 2024-10-01T00:00Z | - | true | 2024-10-04T15:45Z .. 2024-10-05T15:45Z | 2024-11-01T00:00Z | 2024-10-05T15:45Z .. 2024-10-06T15:15Z
      src:_cron.py _get_next (hour *: elapsed-time steps, Lord_Howe fold) | "@hourly" | Australia/Lord_Howe | 2024-04-01T00:00Z | - | true | 2024-04-06T13:00Z .. 2024-04-06T14:00Z | 2024-05-01T00:00Z | 2024-04-06T14:00Z .. 2024-04-06T15:00Z
      src:_cron.py _get_next (hour *: Lord_Howe fold, half-hour step back on the hour) | "@hourly" | Australia/Lord_Howe | 2024-04-01T00:00Z | - | true | 2024-04-06T14:00Z .. 2024-04-06T15:00Z | 2024-05-01T00:00Z | 2024-04-06T15:00Z .. 2024-04-06T15:30Z
      """;

  private AirflowScheduleCases() {}

  public static List<Case> all() {
    return TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).map(AirflowScheduleCases::row)
        .toList();
  }

  private static Case row(String line) {
    String[] c = Arrays.stream(line.split(" \\| ")).map(String::strip).toArray(String[]::new);
    if (c.length != 9) {
      throw new IllegalArgumentException("a case has 9 columns: " + line);
    }
    return new Case(c[0], c[1], c[2], instant(c[3]), instant(c[4]), Boolean.parseBoolean(c[5]),
        interval(c[6]), instant(c[7]), interval(c[8]));
  }

  private static Instant instant(String text) {
    return text.equals("-") ? null : OffsetDateTime.parse(text).toInstant();
  }

  private static DataInterval interval(String text) {
    if (text.equals("-")) {
      return null;
    }
    String[] ends = text.split(" \\.\\. ");
    return new DataInterval(instant(ends[0]), instant(ends[1]));
  }
}
