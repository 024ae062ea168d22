package dev.nightshift.platform.api.dags;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.scheduler.schedule.IntervalSchedule;
import dev.nightshift.scheduler.schedule.Schedule;

/**
 * A schedule as Airflow 2's {@code schedule_interval}: a {@code TimeDelta} for a fixed interval,
 * a {@code CronExpression} for a cron expression or preset ({@code @daily}, {@code @once}), and
 * null for a DAG that only runs when triggered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleIntervalJson(
    @JsonProperty("__type") String type,
    @JsonProperty("value") String value,
    @JsonProperty("days") Long days,
    @JsonProperty("seconds") Long seconds,
    @JsonProperty("microseconds") Long microseconds) {

  static ScheduleIntervalJson of(Schedule schedule) {
    if (schedule.isManual()) {
      return null;
    }
    if (schedule instanceof IntervalSchedule interval) {
      long total = interval.every().toSeconds();
      return new ScheduleIntervalJson("TimeDelta", null, total / 86_400, total % 86_400,
          (long) interval.every().toNanosPart() / 1_000);
    }
    return new ScheduleIntervalJson("CronExpression", schedule.expression(), null, null, null);
  }
}
