package dev.nightshift.benchmarks.precompute;

import dev.nightshift.precompute.feeds.EngagementTally;
import dev.nightshift.precompute.feeds.FeedCandidate;
import dev.nightshift.precompute.feeds.FeedItem;
import dev.nightshift.precompute.feeds.FeedParameters;
import dev.nightshift.precompute.feeds.FeedRanker;
import dev.nightshift.precompute.feeds.FeedScorer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
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
 * Feed scoring of one post, and ranking of one user's candidates with the bounded top-N against the
 * peer: sorting every candidate and cutting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FeedBenchmark {
  private static final Instant BUILD = Instant.parse("2026-11-25T00:00:00Z");

  @Param({"1000"})
  public int candidatesPerUser;

  private final FeedScorer scorer = new FeedScorer(FeedParameters.DEFAULTS);
  private final FeedRanker ranker = new FeedRanker(FeedParameters.DEFAULTS);
  private final EngagementTally received = new EngagementTally(120, 14, 3);
  private final EngagementTally affinity = new EngagementTally(4, 1, 0);
  private final Instant postCreatedAt = BUILD.minus(Duration.ofHours(5));
  private List<FeedCandidate> candidates;

  @Setup
  public void setUp() {
    Random random = new Random(1);
    candidates = new ArrayList<>(candidatesPerUser);
    for (int i = 0; i < candidatesPerUser; i++) {
      candidates.add(
          new FeedCandidate(i, random.nextInt(200), BUILD, random.nextInt(1000) / 100.0));
    }
  }

  @Benchmark
  public double scoreOnePost() {
    return scorer.score(postCreatedAt, received, affinity, BUILD);
  }

  @Benchmark
  public List<FeedItem> rankOneUserTopN() {
    return ranker.rank(7, candidates, postId -> postId % 50 == 0);
  }

  @Benchmark
  public List<FeedCandidate> peerSortAllThenCut() {
    List<FeedCandidate> all = new ArrayList<>();
    for (FeedCandidate c : candidates) {
      if (c.postId() % 50 != 0) {
        all.add(c);
      }
    }
    all.sort(
        Comparator.comparingDouble(FeedCandidate::score)
            .reversed()
            .thenComparingLong(FeedCandidate::postId));
    return all.subList(0, FeedParameters.DEFAULTS.size());
  }
}
