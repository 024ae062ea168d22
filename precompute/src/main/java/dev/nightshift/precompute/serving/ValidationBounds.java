package dev.nightshift.precompute.serving;

import java.util.Locale;
import java.util.Optional;

/**
 * How far a candidate version may move away from the current one and still be published.
 *
 * @param minRows the candidate must have at least this many rows (checked even for a first publish)
 * @param maxRowCountChangeRatio the largest allowed |candidate − current| / current row count
 * @param maxMeanScoreShiftRatio the largest allowed |candidate − current| / |current| mean score
 */
public record ValidationBounds(
    long minRows, double maxRowCountChangeRatio, double maxMeanScoreShiftRatio) {

  /** Accepts any non-empty version: for first loads and tests. */
  public static final ValidationBounds ANY_NON_EMPTY =
      new ValidationBounds(1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

  public ValidationBounds {
    if (minRows < 0) {
      throw new IllegalArgumentException("minRows must be at least 0, was " + minRows);
    }
    if (!(maxRowCountChangeRatio >= 0) || !(maxMeanScoreShiftRatio >= 0)) {
      throw new IllegalArgumentException(
          "ratio bounds must be at least 0, were maxRowCountChangeRatio="
              + maxRowCountChangeRatio
              + ", maxMeanScoreShiftRatio="
              + maxMeanScoreShiftRatio);
    }
  }

  /** A failed bound, or empty when {@code candidate} may replace {@code current}. */
  Optional<Violation> check(VersionStats candidate, Optional<VersionStats> current) {
    if (candidate.rows() < minRows) {
      return Optional.of(
          new Violation(
              "minRows", "it has " + candidate.rows() + " rows, fewer than minRows " + minRows));
    }
    if (current.isEmpty()) {
      return Optional.empty();
    }
    VersionStats previous = current.get();
    double rowChange = relativeChange(previous.rows(), candidate.rows());
    if (rowChange > maxRowCountChangeRatio) {
      return Optional.of(
          new Violation(
              "maxRowCountChangeRatio",
              String.format(
                  Locale.ROOT,
                  "row count changed by %.1f%% (%d → %d), above maxRowCountChangeRatio %s",
                  rowChange * 100,
                  previous.rows(),
                  candidate.rows(),
                  maxRowCountChangeRatio)));
    }
    double meanShift = relativeChange(previous.meanScore(), candidate.meanScore());
    if (meanShift > maxMeanScoreShiftRatio) {
      return Optional.of(
          new Violation(
              "maxMeanScoreShiftRatio",
              String.format(
                  Locale.ROOT,
                  "mean score shifted by %.1f%% (%.4f → %.4f), above maxMeanScoreShiftRatio %s",
                  meanShift * 100,
                  previous.meanScore(),
                  candidate.meanScore(),
                  maxMeanScoreShiftRatio)));
    }
    return Optional.empty();
  }

  private static double relativeChange(double from, double to) {
    if (from == to) {
      return 0;
    }
    // A change away from zero has no finite ratio; it is as large as a change can be.
    return from == 0 ? Double.POSITIVE_INFINITY : Math.abs(to - from) / Math.abs(from);
  }

  record Violation(String bound, String reason) {}
}
