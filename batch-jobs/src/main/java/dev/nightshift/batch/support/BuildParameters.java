package dev.nightshift.batch.support;

import dev.nightshift.precompute.ParameterChecks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters every job takes, parsed from the job's string parameters.
 *
 * @param lake the lake folder or Hadoop URI ({@code lake})
 * @param date the day built ({@code date}, {@code YYYY-MM-DD}): its partitions must exist
 * @param start the start of the data interval ({@code start}, ISO-8601 date-time with offset); default {@code
 *     end} minus one day
 * @param end the build time and end of the data interval ({@code end}); default midnight UTC after
 *     {@code date}
 * @param producer who asked for the build ({@code producer}, e.g. {@code feeds/scheduled__...}),
 *     recorded on the staged serving version; default {@code cli}
 */
public record BuildParameters(
    String lake, LocalDate date, Instant start, Instant end, String producer) {
  public static final String LAKE = "lake";
  public static final String DATE = "date";
  public static final String START = "start";
  public static final String END = "end";
  public static final String PRODUCER = "producer";
  public static final String DEFAULT_PRODUCER = "cli";

  public BuildParameters {
    // A triggered run of a DAG without a schedule has an empty interval: start equals end.
    if (start.isAfter(end)) {
      throw new InvalidJobParameterException(
          "job parameter 'start' (" + start + ") must not be after 'end' (" + end + ")");
    }
  }

  /** Parses the parameters; a missing or malformed one fails with its name and value. */
  public static BuildParameters of(JobParameters parameters) {
    String lake = required(parameters, LAKE, "a lake folder or URI");
    LocalDate date = parse(parameters, DATE, "a date YYYY-MM-DD", LocalDate::parse);
    if (date == null) {
      throw missing(DATE, "a date YYYY-MM-DD");
    }
    Instant end = parse(parameters, END, "an ISO-8601 date-time with offset", BuildParameters::instant);
    if (end == null) {
      end = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    Instant start = parse(parameters, START, "an ISO-8601 date-time with offset", BuildParameters::instant);
    if (start == null) {
      start = end.minus(1, ChronoUnit.DAYS);
    }
    String producer = parameters.getString(PRODUCER, DEFAULT_PRODUCER);
    return new BuildParameters(lake, date, start, end, producer);
  }

  /** The job parameters for these values, every one identifying. */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString(LAKE, lake)
        .addString(DATE, date.toString())
        .addString(START, start.toString())
        .addString(END, end.toString())
        .addString(PRODUCER, producer)
        .toJobParameters();
  }

  /** An optional whole-number parameter of at least 1, e.g. a size or a count to keep. */
  public static long positiveLong(JobParameters parameters, String name, long fallback) {
    String value = parameters.getString(name);
    return ParameterChecks.positiveLong(value, fallback).orElseThrow(() -> new InvalidJobParameterException(
        "job parameter '" + name + "' must be a whole number >= 1, was '" + value + "'"));
  }

  /** {@code 2026-11-24T10:00Z}, {@code 2026-11-24T10:00:00+01:00}: what DAG templates render. */
  private static Instant instant(String value) {
    return OffsetDateTime.parse(value).toInstant();
  }

  private static String required(JobParameters parameters, String name, String expected) {
    String value = parameters.getString(name);
    if (value == null || value.isBlank()) {
      throw missing(name, expected);
    }
    return value;
  }

  private static <T> T parse(
      JobParameters parameters, String name, String expected, Function<String, T> parser) {
    String value = parameters.getString(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parser.apply(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidJobParameterException(
          "job parameter '" + name + "' must be " + expected + ", was '" + value + "'");
    }
  }

  private static InvalidJobParameterException missing(String name, String expected) {
    return new InvalidJobParameterException(
        "job parameter '" + name + "' is required: " + expected);
  }
}
