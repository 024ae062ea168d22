package dev.nightshift.spark;

import dev.nightshift.precompute.ParameterChecks;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line every Spark job takes, with the meaning and defaults of the batch jobs'
 * parameters: {@code --lake URI --date YYYY-MM-DD [--start T] [--end T] [--producer P]
 * [--data-dir DIR] [--serving-url JDBC] [--serving-user U] [--serving-password P] [--param
 * name=value]...}.
 *
 * @param end the build time; default midnight UTC after {@code date}
 * @param start default {@code end} minus one day
 * @param servingUrl the serving store; default the H2 file {@code <data-dir>/serving}, as the batch
 *     jobs and the platform use it
 * @param params job-specific values such as {@code target_bytes}
 */
public record JobArguments(
    String lake,
    LocalDate date,
    Instant start,
    Instant end,
    String producer,
    String servingUrl,
    String servingUser,
    String servingPassword,
    Map<String, String> params) {
  public static final String DEFAULT_PRODUCER = "cli";
  public static final String DEFAULT_DATA_DIR = ".nightshift";
  private static final List<String> NAMES =
      List.of("lake", "date", "start", "end", "producer", "data-dir", "serving-url",
          "serving-user", "serving-password");

  public JobArguments {
    if (start.isAfter(end)) {
      throw new InvalidJobArgumentException(
          "--start (" + start + ") must not be after --end (" + end + ")");
    }
    params = Map.copyOf(params);
  }

  /** Parses {@code --name value} pairs; an unknown, missing or malformed one fails naming it. */
  public static JobArguments parse(String... args) {
    Map<String, String> named = new LinkedHashMap<>();
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new InvalidJobArgumentException("unexpected argument '" + arg + "'; expected --name value");
      }
      String name = arg.substring(2);
      String value;
      int equals = name.indexOf('=');
      if (equals > 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new InvalidJobArgumentException("--" + name + " needs a value");
      }
      if (name.equals("param")) {
        int at = value.indexOf('=');
        if (at <= 0) {
          throw new InvalidJobArgumentException("--param needs name=value, was '" + value + "'");
        }
        params.put(value.substring(0, at), value.substring(at + 1));
      } else if (NAMES.contains(name)) {
        named.put(name, value);
      } else {
        throw new InvalidJobArgumentException(
            "unknown argument --" + name + "; known: --" + String.join(", --", NAMES) + ", --param");
      }
    }
    String lake = required(named, "lake", "a lake folder or Hadoop URI");
    LocalDate date = parse(required(named, "date", "a date YYYY-MM-DD"), "date", "a date YYYY-MM-DD",
        LocalDate::parse);
    Instant end = named.containsKey("end")
        ? parse(named.get("end"), "end", "an ISO-8601 date-time with offset", JobArguments::instant)
        : date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant start = named.containsKey("start")
        ? parse(named.get("start"), "start", "an ISO-8601 date-time with offset", JobArguments::instant)
        : end.minus(1, ChronoUnit.DAYS);
    Path dataDir = Path.of(named.getOrDefault("data-dir", DEFAULT_DATA_DIR));
    String url = named.getOrDefault("serving-url",
        "jdbc:h2:file:" + dataDir.resolve("serving").toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
    return new JobArguments(lake, date, start, end, named.getOrDefault("producer", DEFAULT_PRODUCER),
        url, named.getOrDefault("serving-user", "sa"), named.getOrDefault("serving-password", ""),
        params);
  }

  /** A job-specific whole number of at least 1, or {@code fallback} when not given. */
  public long positiveLong(String name, long fallback) {
    String value = params.get(name);
    return ParameterChecks.positiveLong(value, fallback).orElseThrow(() -> new InvalidJobArgumentException(
        "--param " + name + " must be a whole number >= 1, was '" + value + "'"));
  }

  private static String required(Map<String, String> named, String name, String expected) {
    String value = named.get(name);
    if (value == null || value.isBlank()) {
      throw new InvalidJobArgumentException("--" + name + " is required: " + expected);
    }
    return value.trim();
  }

  private static <T> T parse(
      String value, String name, String expected, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidJobArgumentException(
          "--" + name + " must be " + expected + ", was '" + value + "'");
    }
  }

  private static Instant instant(String value) {
    return OffsetDateTime.parse(value).toInstant();
  }
}
