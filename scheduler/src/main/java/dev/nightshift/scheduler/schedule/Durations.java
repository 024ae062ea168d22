package dev.nightshift.scheduler.schedule;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as people write them in DAG files: {@code 90s}, {@code 30m}, {@code 2h},
 * {@code 1d}, {@code 1h30m}, or ISO-8601 such as {@code PT30M} and {@code P1D}. A day is 24 hours.
 */
public final class Durations {

  private static final Pattern SHORT = Pattern.compile("(?:\\d+(?:ms|s|m|h|d|w))+");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d|w)");

  /** The longest period a schedule steps by; longer ones would leave the range of dates. */
  static final Duration LONGEST = Duration.ofDays(365_250);

  private Durations() {}

  /** True when {@code text} has the shape of a duration (it may still be out of range). */
  public static boolean looksLikeDuration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return SHORT.matcher(t).matches() || t.startsWith("p");
  }

  public static Duration parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("p")) {
      try {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        return weeksAndDays(text, t);
      }
    }
    if (!SHORT.matcher(t).matches()) {
      throw invalid(text);
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(t);
    try {
      while (part.find()) {
        long amount = Long.parseLong(part.group(1));
        total = total.plus(switch (part.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          case "d" -> Duration.ofDays(amount);
          default -> Duration.ofDays(Math.multiplyExact(amount, 7));
        });
      }
    } catch (ArithmeticException | NumberFormatException tooLarge) {
      throw new ScheduleException("duration '" + text + "' is too large");
    }
    return total;
  }

  /** ISO-8601 weeks ({@code P1W}, {@code P2W3D}), which {@link Duration#parse} does not read. */
  private static Duration weeksAndDays(String text, String lower) {
    try {
      Period period = Period.parse(lower.toUpperCase(Locale.ROOT));
      if (period.toTotalMonths() == 0) {
        return Duration.ofDays(period.getDays());
      }
    } catch (DateTimeParseException e) {
      // not a period either: reported below
    }
    throw invalid(text);
  }

  private static ScheduleException invalid(String text) {
    return new ScheduleException(
        "invalid duration '" + text + "': write e.g. 90s, 30m, 2h, 1d, 1h30m or ISO-8601 PT30M");
  }
}
