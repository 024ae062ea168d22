package dev.nightshift.precompute.trends;

import static dev.nightshift.precompute.ParameterChecks.atLeast;
import static dev.nightshift.precompute.ParameterChecks.positive;
import static dev.nightshift.precompute.ParameterChecks.within;

import dev.nightshift.precompute.geo.H3Cells;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How trends are counted and scored.
 *
 * @param window length of one counting window; windows start at multiples of it since the epoch
 * @param regionResolution H3 resolution of a region (3: cells of about 12,000 km²)
 * @param baselineWindows how many windows before the current one form a tag's baseline
 * @param minCount a tag needs at least this estimated count in a window to be reported
 * @param size how many tags are reported per window and region
 * @param maxMapSize size of the frequent-items sketch (a power of 2); its error is at most 3.5 /
 *     maxMapSize of the posts counted
 * @param hllLgK log2 of the HyperLogLog buckets; relative standard error about 1.04 / 2^(lgK/2)
 * @param exactCounts also keep exact counts, to check the sketches
 */
public record TrendParameters(
    Duration window,
    int regionResolution,
    int baselineWindows,
    long minCount,
    int size,
    int maxMapSize,
    int hllLgK,
    boolean exactCounts)
    implements Serializable {

  public static final TrendParameters DEFAULTS =
      new TrendParameters(Duration.ofHours(1), 3, 24, 5, 20, 1024, 12, true);

  public TrendParameters {
    positive("trends.window", window);
    within(
        "trends.regionResolution",
        regionResolution,
        H3Cells.MIN_RESOLUTION,
        H3Cells.MAX_RESOLUTION);
    atLeast("trends.baselineWindows", baselineWindows, 1);
    atLeast("trends.minCount", minCount, 1);
    atLeast("trends.size", size, 1);
    if (maxMapSize < 8 || Integer.bitCount(maxMapSize) != 1) {
      throw new IllegalArgumentException(
          "trends.maxMapSize must be a power of 2 >= 8, was " + maxMapSize);
    }
    within("trends.hllLgK", hllLgK, 4, 21);
  }

  public TrendParameters withMaxMapSize(int newMaxMapSize) {
    return new TrendParameters(
        window,
        regionResolution,
        baselineWindows,
        minCount,
        size,
        newMaxMapSize,
        hllLgK,
        exactCounts);
  }

  /** The start of the window that contains {@code at}. */
  public Instant windowStartOf(Instant at) {
    long size = window.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), size) * size);
  }

  /** The start of the window a build reports: the last one that starts before {@code end}. */
  public Instant reportedWindowOf(Instant end) {
    return windowStartOf(end.minusMillis(1));
  }

  /** The first day whose posts a build up to {@code end} counts: the day of the earliest baseline window. */
  public LocalDate firstDayOf(Instant end) {
    Instant earliest = reportedWindowOf(end).minus(window.multipliedBy(baselineWindows));
    return LocalDate.ofInstant(earliest, ZoneOffset.UTC);
  }
}
