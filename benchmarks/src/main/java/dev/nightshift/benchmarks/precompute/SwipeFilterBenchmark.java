package dev.nightshift.benchmarks.precompute;

import dev.nightshift.precompute.recommendations.SwipeFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One "already swiped?" query against a user's Bloom filter, and the peer it replaces: an exact
 * hash set of the swiped ids (which costs far more memory per user).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SwipeFilterBenchmark {
  @Param({"1000"})
  public int swipes;

  private SwipeFilter filter;
  private Set<Long> exact;
  private long next;

  @Setup
  public void setUp() {
    List<Long> ids = new ArrayList<>(swipes);
    for (long i = 0; i < swipes; i++) {
      ids.add(i * 3);
    }
    filter = SwipeFilter.of(ids, 0.01);
    exact = new HashSet<>(ids);
  }

  @Benchmark
  public boolean bloomQuery() {
    return filter.mightHaveSwiped(next++ % (swipes * 6L));
  }

  @Benchmark
  public boolean peerHashSetContains() {
    return exact.contains(next++ % (swipes * 6L));
  }
}
