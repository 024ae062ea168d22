package dev.nightshift.scheduler.dag;

import dev.nightshift.scheduler.schedule.WallTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code start_date} and {@code end_date}: a date ({@code 2026-01-01}, midnight in the
 * DAG's time zone), a local date-time ({@code 2026-01-01T03:00} or with a space, in the DAG's
 * time zone, with the schedules' daylight-saving rules), or a date-time with an offset
 * ({@code 2026-01-01T03:00:00Z}).
 */
final class DagDates {

  private DagDates() {}

  /** @throws DateTimeParseException when the text is none of the accepted forms */
  static Instant parse(String text, ZoneId zone) {
    String t = text.strip();
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11).strip();
    }
    if (t.length() == 10) {
      return LocalDate.parse(t).atStartOfDay(zone).toInstant();
    }
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException noOffset) {
      return WallTime.resolve(LocalDateTime.parse(t), zone);
    }
  }
}
