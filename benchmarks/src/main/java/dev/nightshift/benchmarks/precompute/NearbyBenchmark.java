package dev.nightshift.benchmarks.precompute;

import dev.nightshift.precompute.geo.H3Cells;
import dev.nightshift.precompute.model.Gender;
import dev.nightshift.precompute.model.Seeking;
import dev.nightshift.precompute.model.User;
import dev.nightshift.precompute.recommendations.NearbyIndex;
import dev.nightshift.precompute.recommendations.RecommendationParameters;
import java.time.Instant;
import java.util.ArrayList;
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
 * Finding the users within one user's radius: through the H3 index (cells of the disk, then the
 * exact distance) against the peer, a scan of every user.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NearbyBenchmark {
  @Param({"50000"})
  public int users;

  private List<User> all;
  private NearbyIndex index;
  private int next;

  @Setup
  public void setUp() {
    Random random = new Random(2);
    Instant now = Instant.parse("2026-11-25T00:00:00Z");
    all = new ArrayList<>(users);
    for (int i = 0; i < users; i++) {
      // Spread over western Europe, about 1,500 km by 1,000 km.
      double lat = 42 + random.nextDouble() * 10;
      double lon = -4 + random.nextDouble() * 18;
      all.add(new User(i, now, lat, lon, 1990, Gender.FEMALE, Seeking.EVERYONE, 18, 99, 50, now));
    }
    index = new NearbyIndex(all, RecommendationParameters.DEFAULTS);
  }

  @Benchmark
  public int h3IndexThenDistance() {
    User user = all.get(next++ % users);
    int within = 0;
    for (User other : index.near(user)) {
      within += isWithin(user, other) ? 1 : 0;
    }
    return within;
  }

  @Benchmark
  public int peerScanEveryUser() {
    User user = all.get(next++ % users);
    int within = 0;
    for (User other : all) {
      within += isWithin(user, other) ? 1 : 0;
    }
    return within;
  }

  private static boolean isWithin(User user, User other) {
    return H3Cells.distanceKm(user.lat(), user.lon(), other.lat(), other.lon())
        <= user.maxDistanceKm();
  }
}
