package dev.nightshift.scheduler.schedule;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
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
          "@quarterly", "0 0 1 */3 *",
          "@yearly", "0 0 1 1 *",
          "@annually", "0 0 1 1 *");

  /**
   * How a cron or a period makes runs: {@code INTERVAL} runs each data interval between two
   * ticks when it ends (the default); {@code TRIGGER} runs at each tick, for a zero-length
   * interval or a fixed look-back.
   */
  public enum Kind {
    INTERVAL,
    TRIGGER
  }

  private Schedules() {}

  /**
   * Accepts a cron expression ({@code 0 3 * * *}), a preset ({@code @daily}, {@code @once}), a
   * period ({@code 30m}, {@code 2h}, {@code PT30M}, or calendar {@code P1M}, {@code P1Y}), or
   * {@code null}, {@code manual}, {@code @manual} for a DAG that only runs when triggered. Crons
   * and periods make data-interval runs.
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
    if (isPeriod(written)) {
      return every(written, zone, Kind.INTERVAL, null);
    }
    return cron(written, zone, Kind.INTERVAL, null);
  }

  /** True when {@code text} is written as a period rather than a cron or a preset. */
  public static boolean isPeriod(String text) {
    String t = text.strip();
    return !t.contains(" ") && !t.startsWith("@") && Durations.looksLikeDuration(t);
  }

  /**
   * A cron expression or preset of the given kind.
   *
   * @param lookBack a period (trigger kind only), or null
   */
  public static Schedule cron(String cronOrPreset, ZoneId zone, Kind kind, String lookBack) {
    String written = cronOrPreset.strip();
    String cron = written;
    if (written.startsWith("@")) {
      cron = PRESETS.get(written.toLowerCase(Locale.ROOT));
      if (written.equalsIgnoreCase("@continuous")) {
        throw new ScheduleException("@continuous is not supported: for runs one after another, use a"
            + " short period such as 1m with max_active_runs: 1");
      }
      if (cron == null) {
        throw new ScheduleException(
            "unknown schedule preset '" + written + "': use one of @once, @manual, "
                + String.join(", ", PRESETS.keySet().stream().sorted().toList()));
      }
      written = written.toLowerCase(Locale.ROOT);
    }
    return of(CronTicks.of(cron, zone), written, zone, kind, lookBack);
  }

  /** Steps of a period ({@code 1h}, {@code P1M}) of the given kind. */
  public static Schedule every(String period, ZoneId zone, Kind kind, String lookBack) {
    return of(ticks(period, zone), period.strip(), zone, kind, lookBack);
  }

  /** Runs at the listed instants, strictly increasing. */
  public static Schedule events(List<Instant> events, boolean restrictToEvents, ZoneId zone) {
    return new EventsSchedule(events, restrictToEvents, zone);
  }

  private static Schedule of(Ticks ticks, String written, ZoneId zone, Kind kind, String lookBack) {
    if (kind == Kind.INTERVAL) {
      if (lookBack != null) {
        throw new ScheduleException("a look-back interval is only for kind 'trigger'");
      }
      return new DataIntervalSchedule(ticks, written, zone);
    }
    return new TriggerSchedule(ticks, lookBack == null ? null : ticks(lookBack, zone), written, zone);
  }

  /**
   * A period as steps: calendar months and years ({@code P1M}, {@code P1Y}, {@code P1Y6M}) step on
   * the calendar of {@code zone}; everything else ({@code 90s}, {@code 1d}, {@code PT1H},
   * {@code P1D}) is a fixed span of elapsed time.
   *
   * @throws ScheduleException when it cannot be read, or is zero or negative
   */
  static Ticks ticks(String text, ZoneId zone) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (t.startsWith("P") && !t.contains("T") && (t.contains("Y") || t.contains("M"))) {
      try {
        return new CalendarTicks(Period.parse(t), zone);
      } catch (DateTimeParseException e) {
        throw new ScheduleException("invalid calendar period '" + text + "': write e.g. P1M, P3M, P1Y");
      }
    }
    return new FixedTicks(Durations.parse(text));
  }
}
