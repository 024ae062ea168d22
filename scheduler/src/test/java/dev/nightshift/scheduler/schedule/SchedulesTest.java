package dev.nightshift.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static List<DataInterval> walk(Schedule schedule, Instant startDate, Instant until) {
    List<DataInterval> intervals = new ArrayList<>();
    var next = schedule.firstInterval(startDate);
    while (next.isPresent() && !next.get().end().isAfter(until)) {
      intervals.add(next.get());
      next = schedule.nextInterval(next.get());
    }
    return intervals;
  }

  private static void assertContiguous(List<DataInterval> intervals) {
    for (int i = 1; i < intervals.size(); i++) {
      assertThat(intervals.get(i).start()).isEqualTo(intervals.get(i - 1).end());
      assertThat(intervals.get(i).end()).isAfter(intervals.get(i).start());
    }
  }

  @Test
  void presets_manual_once_and_intervals_are_recognised() {
    assertThat(Schedules.parse("@daily", ZoneOffset.UTC)).isInstanceOf(CronSchedule.class);
    assertThat(Schedules.parse("@daily", ZoneOffset.UTC).expression()).isEqualTo("@daily");
    assertThat(((CronSchedule) Schedules.parse("@weekly", BERLIN)).cron()).isEqualTo("0 0 * * 0");
    assertThat(Schedules.parse(null, ZoneOffset.UTC).isManual()).isTrue();
    assertThat(Schedules.parse("manual", ZoneOffset.UTC).isManual()).isTrue();
    assertThat(Schedules.parse("@manual", ZoneOffset.UTC).isManual()).isTrue();
    assertThat(Schedules.parse("@once", ZoneOffset.UTC)).isInstanceOf(OnceSchedule.class);
    assertThat(((IntervalSchedule) Schedules.parse("30m", ZoneOffset.UTC)).every()).isEqualTo(Duration.ofMinutes(30));
    assertThat(((IntervalSchedule) Schedules.parse("PT2H", ZoneOffset.UTC)).every()).isEqualTo(Duration.ofHours(2));
    assertThat(((IntervalSchedule) Schedules.parse("1d", ZoneOffset.UTC)).every()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void bad_expressions_are_explained() {
    assertThatThrownBy(() -> Schedules.parse("@dayly", ZoneOffset.UTC))
        .isInstanceOf(ScheduleException.class).hasMessageStartingWith("unknown schedule preset '@dayly': use one of");
    assertThatThrownBy(() -> Schedules.parse("0 3 * *", ZoneOffset.UTC))
        .hasMessage("invalid cron expression '0 3 * *': Cron expression contains 4 parts but we expect one of [5]");
    assertThatThrownBy(() -> Schedules.parse("0m", ZoneOffset.UTC))
        .hasMessage("schedule interval must be positive, got '0m'");
    assertThatThrownBy(() -> Durations.parse("PT5X")).hasMessageStartingWith("invalid duration 'PT5X'");
  }

  @Test
  void daily_started_ten_days_ago_has_ten_complete_intervals() {
    Schedule daily = Schedules.parse("@daily", ZoneOffset.UTC);
    Instant now = Instant.parse("2026-06-11T05:00:00Z");
    List<DataInterval> intervals = walk(daily, Instant.parse("2026-06-01T00:00:00Z"), now);
    assertThat(intervals).hasSize(10);
    assertThat(intervals.get(0)).isEqualTo(new DataInterval(
        Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-06-02T00:00:00Z")));
    assertThat(intervals.get(9).end()).isEqualTo(Instant.parse("2026-06-11T00:00:00Z"));
    assertThat(daily.latestIntervalEndingBy(now, Instant.parse("2026-06-01T00:00:00Z")))
        .contains(intervals.get(9));
  }

  @Test
  void the_first_cron_interval_starts_at_the_first_fire_at_or_after_the_start_date() {
    Schedule cron = Schedules.parse("0 3 * * *", BERLIN);
    assertThat(cron.firstInterval(Instant.parse("2026-01-05T02:00:01Z")).orElseThrow().start())
        .isEqualTo(Instant.parse("2026-01-06T02:00:00Z"));
    assertThat(cron.firstInterval(Instant.parse("2026-01-05T02:00:00Z")).orElseThrow().start())
        .isEqualTo(Instant.parse("2026-01-05T02:00:00Z"));
    assertThat(cron.latestIntervalEndingBy(Instant.parse("2026-01-05T12:00:00Z"), Instant.parse("2026-01-05T02:00:00Z")))
        .isEmpty();
  }

  @Test
  void hourly_in_berlin_stays_one_hour_long_across_both_transitions() {
    Schedule hourly = Schedules.parse("@hourly", BERLIN);
    for (String day : List.of("2026-03-28T20:00:00Z", "2026-10-24T20:00:00Z")) {
      Instant from = Instant.parse(day);
      List<DataInterval> intervals = walk(hourly, from, from.plus(Duration.ofHours(12)));
      assertThat(intervals).hasSize(12);
      assertContiguous(intervals);
      assertThat(intervals).allSatisfy(i -> assertThat(Duration.between(i.start(), i.end())).isEqualTo(Duration.ofHours(1)));
    }
  }

  @Test
  void half_past_two_in_berlin_skips_the_spring_forward_day_and_fires_once_on_fall_back() {
    Schedule cron = Schedules.parse("30 2 * * *", BERLIN);
    List<DataInterval> spring = walk(cron, Instant.parse("2026-03-27T00:00:00Z"), Instant.parse("2026-03-31T12:00:00Z"));
    assertContiguous(spring);
    assertThat(spring).extracting(DataInterval::start).containsExactly(
        Instant.parse("2026-03-27T01:30:00Z"),
        Instant.parse("2026-03-28T01:30:00Z"), // 02:30 does not exist on 29 March: no fire that day
        Instant.parse("2026-03-30T00:30:00Z"));

    List<DataInterval> autumn = walk(cron, Instant.parse("2026-10-24T00:00:00Z"), Instant.parse("2026-10-27T12:00:00Z"));
    assertContiguous(autumn);
    assertThat(autumn).extracting(DataInterval::start).containsExactly(
        Instant.parse("2026-10-24T00:30:00Z"),
        Instant.parse("2026-10-25T00:30:00Z"), // first of the two 02:30s; the second does not fire
        Instant.parse("2026-10-26T01:30:00Z"));
    assertThat(cron.latestIntervalEndingBy(Instant.parse("2026-10-26T02:00:00Z"), Instant.parse("2026-10-01T00:00:00Z")))
        .contains(autumn.get(1));
    assertThat(cron.latestIntervalEndingBy(Instant.parse("2026-10-25T01:45:00Z"), Instant.parse("2026-10-01T00:00:00Z")))
        .contains(autumn.get(0));
  }

  @Test
  void an_interval_schedule_is_anchored_at_the_start_date() {
    Schedule every = Schedules.parse("90m", ZoneOffset.UTC);
    Instant start = Instant.parse("2026-01-01T00:10:00Z");
    assertThat(walk(every, start, Instant.parse("2026-01-01T04:41:00Z"))).extracting(DataInterval::end).containsExactly(
        Instant.parse("2026-01-01T01:40:00Z"), Instant.parse("2026-01-01T03:10:00Z"), Instant.parse("2026-01-01T04:40:00Z"));
    assertThat(every.latestIntervalEndingBy(Instant.parse("2026-01-01T04:41:00Z"), start))
        .contains(new DataInterval(Instant.parse("2026-01-01T03:10:00Z"), Instant.parse("2026-01-01T04:40:00Z")));
    assertThat(every.latestIntervalEndingBy(Instant.parse("2026-01-01T01:00:00Z"), start)).isEmpty();
  }

  @Test
  void once_runs_one_empty_interval_at_the_start_date_and_manual_never_runs() {
    Schedule once = Schedules.parse("@once", ZoneOffset.UTC);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    DataInterval only = once.firstInterval(start).orElseThrow();
    assertThat(only).isEqualTo(new DataInterval(start, start));
    assertThat(once.nextInterval(only)).isEmpty();
    assertThat(once.latestIntervalEndingBy(start.minusSeconds(1), start)).isEmpty();
    assertThat(once.latestIntervalEndingBy(start, start)).contains(only);

    Schedule manual = Schedules.parse("manual", ZoneOffset.UTC);
    assertThat(manual.firstInterval(start)).isEmpty();
    assertThat(manual.latestIntervalEndingBy(start.plusSeconds(86400), start)).isEmpty();
  }

  @Test
  void a_manual_run_covers_the_latest_complete_interval_as_airflow_infers_it() {
    Instant oneAm = Instant.parse("2026-11-25T01:00:00Z");
    assertThat(Schedules.parse("@daily", ZoneOffset.UTC).manualInterval(oneAm))
        .isEqualTo(new DataInterval(Instant.parse("2026-11-24T00:00:00Z"), Instant.parse("2026-11-25T00:00:00Z")));
    Instant midnight = Instant.parse("2026-11-25T00:00:00Z");
    assertThat(Schedules.parse("@daily", ZoneOffset.UTC).manualInterval(midnight).end()).isEqualTo(midnight);
    assertThat(Schedules.parse("0 */4 * * *", ZoneOffset.UTC).manualInterval(Instant.parse("2026-11-25T17:58:00Z")))
        .isEqualTo(new DataInterval(Instant.parse("2026-11-25T12:00:00Z"), Instant.parse("2026-11-25T16:00:00Z")));
    // the day before the fall-back change in Berlin is 25 hours long
    assertThat(Schedules.parse("@daily", BERLIN).manualInterval(Instant.parse("2026-10-25T23:30:00Z")))
        .isEqualTo(new DataInterval(Instant.parse("2026-10-24T22:00:00Z"), Instant.parse("2026-10-25T23:00:00Z")));
    assertThat(Schedules.parse("2h", ZoneOffset.UTC).manualInterval(oneAm))
        .isEqualTo(new DataInterval(oneAm.minusSeconds(7200), oneAm));
    assertThat(Schedules.parse("manual", ZoneOffset.UTC).manualInterval(oneAm))
        .isEqualTo(new DataInterval(oneAm, oneAm));
    assertThat(Schedules.parse("@once", ZoneOffset.UTC).manualInterval(oneAm))
        .isEqualTo(new DataInterval(oneAm, oneAm));
  }
}
