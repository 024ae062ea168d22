package dev.nightshift.benchmarks.precompute;

import dev.nightshift.precompute.geo.H3Cells;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** H3 through the JNI binding: the cell of a point, and the disk of cells searched for a user. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GeoBenchmark {
  @Param({"4"})
  public int resolution;

  @Param({"5"})
  public int k;

  private long cell;
  private double lat = 48.8566;

  @Setup
  public void setUp() {
    cell = H3Cells.cellOf(48.8566, 2.3522, resolution);
  }

  @Benchmark
  public long latLngToCell() {
    lat = lat > 49 ? 48.5 : lat + 1e-4;
    return H3Cells.cellOf(lat, 2.3522, resolution);
  }

  @Benchmark
  public List<Long> gridDisk() {
    return H3Cells.disk(cell, k);
  }

  @Benchmark
  public double greatCircleDistance() {
    return H3Cells.distanceKm(48.8566, 2.3522, 51.5072, -0.1276);
  }
}
