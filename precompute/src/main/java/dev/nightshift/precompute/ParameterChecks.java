package dev.nightshift.precompute;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Validation for the computations' parameter records: each failure names the field, the limit and
 * the value, so that a wrong setting in a DAG file is fixed without reading code.
 */
public final class ParameterChecks {
  private ParameterChecks() {}

  public static void atLeast(String field, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
    }
  }

  public static void atLeast(String field, double value, double min) {
    if (!(value >= min) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          field + " must be a finite number >= " + min + ", was " + value);
    }
  }

  public static void within(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be within " + min + ".." + max + ", was " + value);
    }
  }

  public static void between(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          field + " must be within " + min + ".." + max + ", was " + value);
    }
  }

  public static void positive(String field, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be a positive duration, was " + value);
    }
  }

  public static void notNegative(String field, Duration value) {
    if (value == null || value.isNegative()) {
      throw new IllegalArgumentException(field + " must be a duration >= 0, was " + value);
    }
  }

  /**
   * An optional whole-number setting of at least 1 as written in a job's arguments: {@code
   * fallback} when blank or absent, empty when it is not such a number, for the caller to report
   * in its own terms (a job parameter, a command-line option).
   */
  public static OptionalLong positiveLong(String value, long fallback) {
    if (value == null || value.isBlank()) {
      return OptionalLong.of(fallback);
    }
    try {
      long parsed = Long.parseLong(value.trim());
      return parsed >= 1 ? OptionalLong.of(parsed) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
