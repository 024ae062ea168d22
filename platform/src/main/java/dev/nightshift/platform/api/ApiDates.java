package dev.nightshift.platform.api;

import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.platform.api.problem.FieldProblem;
import dev.nightshift.scheduler.store.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the API's dates: ISO 8601 with an offset ({@code 2026-01-31T00:00:00Z}), or a plain date or
 * date-time, taken as UTC. A bad one is a 400 naming the field.
 */
public final class ApiDates {
  private ApiDates() {}

  /** Null stays null (an absent optional field). */
  public static Instant parse(String field, String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return OffsetDateTime.parse(value).toInstant();
      }
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(
          FieldProblem.parameter(
              field,
              "'" + text + "' is not a date (ISO 8601, e.g. 2026-01-31 or 2026-01-31T00:00:00Z)"));
    }
  }

  /**
   * The range of the query parameters {@code <field>_gte} and {@code <field>_lte}; 400 naming the
   * parameter when one is not a date or the range is upside down.
   */
  public static TimeRange range(String field, String gte, String lte) {
    Instant from = parse(field + "_gte", gte);
    Instant to = parse(field + "_lte", lte);
    checkOrder(field + "_gte", from, field + "_lte", to);
    return new TimeRange(from, to);
  }

  /** Throws 400 when both bounds are given and {@code to} is before {@code from}. */
  public static void checkOrder(String fromField, Instant from, String toField, Instant to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.invalid(
          FieldProblem.parameter(
              toField, "must not be before " + fromField + " (" + from + " > " + to + ")"));
    }
  }
}
