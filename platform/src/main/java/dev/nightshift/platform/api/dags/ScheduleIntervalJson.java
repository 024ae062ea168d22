package dev.nightshift.platform.api.dags;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.scheduler.schedule.Schedule;
import java.time.Duration;
import java.time.Period;

/**
 * A schedule as Airflow 2's {@code schedule_interval}: a {@code TimeDelta} for a fixed period, a
 * {@code RelativeDelta} for a calendar period ({@code P1M}), a {@code CronExpression} for a cron
 * expression, a preset ({@code @daily}, {@code @once}) or an events list, and null for a DAG that
 * only runs when triggered.
 */
public sealed interface ScheduleIntervalJson {

  static ScheduleIntervalJson of(Schedule schedule) {
    if (schedule.isManual()) {
      return null;
    }
    return schedule.period().<ScheduleIntervalJson>map(period -> period instanceof Period calendar
            ? RelativeDelta.of(calendar)
            : TimeDelta.of((Duration) period))
        .orElseGet(() -> new CronExpression("CronExpression", schedule.expression()));
  }

  /** Airflow's {@code CronExpression}. */
  record CronExpression(@JsonProperty("__type") String type, @JsonProperty("value") String value)
      implements ScheduleIntervalJson {}

  /** Airflow's {@code TimeDelta}: whole days, the seconds of the last day, microseconds. */
  record TimeDelta(@JsonProperty("__type") String type, @JsonProperty("days") long days,
      @JsonProperty("seconds") long seconds, @JsonProperty("microseconds") long microseconds)
      implements ScheduleIntervalJson {

    static TimeDelta of(Duration every) {
      long total = every.toSeconds();
      return new TimeDelta("TimeDelta", total / 86_400, total % 86_400, every.toNanosPart() / 1_000);
    }
  }

  /**
   * Airflow's {@code RelativeDelta}: the relative fields of the period; the absolute ones
   * ({@code year}, {@code month}, …) are null, as Airflow sends them for a plain relativedelta.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RelativeDelta(@JsonProperty("__type") String type, @JsonProperty("years") int years,
      @JsonProperty("months") int months, @JsonProperty("days") int days,
      @JsonProperty("leapdays") int leapdays, @JsonProperty("hours") int hours,
      @JsonProperty("minutes") int minutes, @JsonProperty("seconds") int seconds,
      @JsonProperty("microseconds") int microseconds, @JsonProperty("year") Integer year,
      @JsonProperty("month") Integer month, @JsonProperty("day") Integer day,
      @JsonProperty("hour") Integer hour, @JsonProperty("minute") Integer minute,
      @JsonProperty("second") Integer second, @JsonProperty("microsecond") Integer microsecond)
      implements ScheduleIntervalJson {

    static RelativeDelta of(Period period) {
      return new RelativeDelta("RelativeDelta", period.getYears(), period.getMonths(),
          period.getDays(), 0, 0, 0, 0, 0, null, null, null, null, null, null, null);
    }
  }
}
