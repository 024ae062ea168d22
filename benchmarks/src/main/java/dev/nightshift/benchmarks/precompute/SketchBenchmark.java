package dev.nightshift.benchmarks.precompute;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.hll.HllSketch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One update of the trend sketches (HyperLogLog of authors, frequent-items of tags) against the
 * peers they replace: an exact set of authors and an exact map of tag counts.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SketchBenchmark {
  private static final int TAGS = 1 << 16;

  private final HllSketch authors = new HllSketch(12);
  private final ItemsSketch<String> tagCounts = new ItemsSketch<>(1024);
  private final Set<Long> exactAuthors = new HashSet<>();
  private final Map<String, Long> exactCounts = new HashMap<>();
  private String[] tags;
  private long next;

  @Setup
  public void setUp() {
    tags = new String[TAGS];
    for (int i = 0; i < TAGS; i++) {
      // Low ranks repeat far more often: a skewed, Zipf-like stream of tags.
      tags[i] = "tag" + (int) Math.floor(Math.pow(i + 1, 0.6));
    }
  }

  @Benchmark
  public void hllUpdate() {
    authors.update(next++);
  }

  @Benchmark
  public boolean peerHashSetAdd() {
    if (exactAuthors.size() > 1_000_000) {
      exactAuthors.clear();
    }
    return exactAuthors.add(next++);
  }

  @Benchmark
  public void itemsSketchUpdate() {
    tagCounts.update(tags[(int) (next++ & (TAGS - 1))]);
  }

  @Benchmark
  public Long peerHashMapCount() {
    return exactCounts.merge(tags[(int) (next++ & (TAGS - 1))], 1L, Long::sum);
  }
}
