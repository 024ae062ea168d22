package dev.nightshift.platform.api.dags;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.scheduler.schedule.Durations;
import dev.nightshift.scheduler.schedule.Schedule;
import dev.nightshift.scheduler.schedule.ScheduleException;
import dev.nightshift.scheduler.schedule.Schedules;
import java.time.Duration;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A schedule as Airflow 2's {@code schedule_interval}: a {@code TimeDelta} for a period of elapsed
 * time, a {@code RelativeDelta} for a calendar period ({@code P1M}), a {@code CronExpression} for
 * a cron expression or preset ({@code @daily}, {@code @once}), and null for a DAG that only runs
 * when triggered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleIntervalJson(
    @JsonProperty("__type") String type,
    @JsonProperty("value") String value,
    @JsonProperty("days") Long days,
    @JsonProperty("seconds") Long seconds,
    @JsonProperty("microseconds") Long microseconds) {

  /** A {@link ScheduleIntervalJson}, a RelativeDelta's fields, or null. */
  static Object of(Schedule schedule) {
    if (schedule.isManual()) {
      return null;
    }
    String written = schedule.expression();
    if (!Schedules.isPeriod(written)) {
      return new ScheduleIntervalJson("CronExpression", written, null, null, null);
    }
    try {
      Duration every = Durations.parse(written);
      long total = every.toSeconds();
      return new ScheduleIntervalJson(
          "TimeDelta", null, total / 86_400, total % 86_400, (long) every.toNanosPart() / 1_000);
    } catch (ScheduleException calendar) {
      return relativeDelta(Period.parse(written.strip().toUpperCase(Locale.ROOT)));
    }
  }

  /** Airflow's dateutil relativedelta: every field is required, the absolute ones null. */
  private static Map<String, Object> relativeDelta(Period period) {
    Map<String, Object> delta = new LinkedHashMap<>();
    delta.put("__type", "RelativeDelta");
    delta.put("years", period.getYears());
    delta.put("months", period.getMonths());
    delta.put("days", period.getDays());
    for (String field : new String[] {"leapdays", "hours", "minutes", "seconds", "microseconds"}) {
      delta.put(field, 0);
    }
    for (String field : new String[] {"year", "month", "day", "hour", "minute", "second"}) {
      delta.put(field, null);
    }
    return delta;
  }
}
