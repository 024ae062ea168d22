package dev.nightshift.precompute.geo;

import static dev.nightshift.precompute.ParameterChecks.atLeast;
import static dev.nightshift.precompute.ParameterChecks.between;
import static dev.nightshift.precompute.ParameterChecks.within;

import com.uber.h3core.H3Core;
import com.uber.h3core.LengthUnit;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.util.List;

/**
 * H3 helpers shared by every computation. Thread-safe: the H3 binding is stateless, and one
 * instance per JVM (per Spark executor) is loaded on first use.
 */
public final class H3Cells {
  public static final int MIN_RESOLUTION = 0;
  public static final int MAX_RESOLUTION = 15;

  private H3Cells() {}

  private static volatile H3Core h3;

  // Loaded on first use rather than in a static initialiser: a failed static initialiser turns
  // every later call into a bare NoClassDefFoundError, this way each call repeats the cause.
  private static H3Core h3() {
    H3Core loaded = h3;
    if (loaded == null) {
      synchronized (H3Cells.class) {
        if (h3 == null) {
          try {
            h3 = H3Core.newInstance();
          } catch (IOException | UnsatisfiedLinkError e) {
            throw new GeoException("Cannot load the H3 native library: " + e.getMessage(), e);
          }
        }
        loaded = h3;
      }
    }
    return loaded;
  }

  /** The cell at {@code resolution} that contains the point. */
  public static long cellOf(double lat, double lon, int resolution) {
    checkResolution(resolution);
    checkPoint(lat, lon);
    return h3().latLngToCell(lat, lon, resolution);
  }

  /** All cells within {@code k} grid steps of {@code cell}, the cell itself included. */
  public static List<Long> disk(long cell, int k) {
    atLeast("k", k, 0);
    return h3().gridDisk(cell, k);
  }

  /** Great-circle (haversine) distance in kilometres. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    return h3().greatCircleDistance(new LatLng(lat1, lon1), new LatLng(lat2, lon2), LengthUnit.km);
  }

  /**
   * A k, close to the smallest, such that {@link #disk(long, int) disk(cell, k)} contains every
   * point within {@code radiusKm} of any point of {@code cell}.
   *
   * <p>Why this bound: the point may lie anywhere in its cell (up to one circumradius {@code s/√3}
   * from the centre, {@code s} being the distance between neighbouring centres), so the target
   * cell's centre is at most {@code radius + 2s/√3} away; on a hexagonal grid a path of n steps
   * spans at least {@code n·s·√3/2}. Spacing is measured at the cell itself (H3 cells vary in size
   * across the globe) and shrunk by 10% for the distortion between here and the radius.
   */
  public static int ringsCovering(long cell, double radiusKm) {
    atLeast("radiusKm", radiusKm, 0);
    double spacing = 0.9 * nearestNeighbourSpacingKm(cell);
    double sqrt3 = Math.sqrt(3);
    double farthestCentre = radiusKm + 2 * spacing / sqrt3;
    return (int) Math.ceil(farthestCentre / (spacing * sqrt3 / 2));
  }

  private static double nearestNeighbourSpacingKm(long cell) {
    LatLng centre = h3().cellToLatLng(cell);
    double nearest = Double.MAX_VALUE;
    for (long neighbour : h3().gridDisk(cell, 1)) {
      if (neighbour != cell) {
        LatLng other = h3().cellToLatLng(neighbour);
        nearest = Math.min(nearest, h3().greatCircleDistance(centre, other, LengthUnit.km));
      }
    }
    return nearest;
  }

  private static void checkResolution(int resolution) {
    within("H3 resolution", resolution, MIN_RESOLUTION, MAX_RESOLUTION);
  }

  private static void checkPoint(double lat, double lon) {
    between("lat", lat, -90, 90);
    between("lon", lon, -180, 180);
  }
}
