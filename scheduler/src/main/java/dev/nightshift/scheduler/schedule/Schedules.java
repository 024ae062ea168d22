package dev.nightshift.scheduler.schedule;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** Turns the {@code schedule} field of a DAG file into a {@link Schedule}. */
public final class Schedules {

  /** The presets and the cron expressions they stand for. */
  public static final Map<String, String> PRESETS =
      Map.of(
          "@hourly", "0 * * * *",
          "@daily", "0 0 * * *",
          "@midnight", "0 0 * * *",
          "@weekly", "0 0 * * 0",
          "@monthly", "0 0 1 * *",
          "@yearly", "0 0 1 1 *",
          "@annually", "0 0 1 1 *");

  private Schedules() {}

  /**
   * Accepts a cron expression ({@code 0 3 * * *}), a preset ({@code @daily}, {@code @once}), a
   * fixed interval ({@code 30m}, {@code 2h}, {@code PT30M}), or {@code null}, {@code manual},
   * {@code @manual} for a DAG that only runs when triggered.
   *
   * @throws ScheduleException naming the expression and what is wrong with it
   */
  public static Schedule parse(String expression, ZoneId zone) {
    if (expression == null || expression.isBlank()) {
      return new ManualSchedule(zone);
    }
    String written = expression.strip();
    String lower = written.toLowerCase(Locale.ROOT);
    if (lower.equals("manual") || lower.equals("@manual") || lower.equals("none")) {
      return new ManualSchedule(zone);
    }
    if (lower.equals("@once")) {
      return new OnceSchedule(zone);
    }
    if (lower.startsWith("@")) {
      String cron = PRESETS.get(lower);
      if (cron == null) {
        throw new ScheduleException(
            "unknown schedule preset '" + written + "': use one of @once, @manual, "
                + String.join(", ", PRESETS.keySet().stream().sorted().toList()));
      }
      return CronSchedule.of(cron, lower, zone);
    }
    if (!written.contains(" ") && Durations.looksLikeDuration(written)) {
      return new IntervalSchedule(Durations.parse(written), written, zone);
    }
    return CronSchedule.of(written, written, zone);
  }
}
