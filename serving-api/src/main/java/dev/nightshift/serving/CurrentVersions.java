package dev.nightshift.serving;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingReader;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The current version of each dataset, reused for a short time so that the hot path does not ask
 * the database on every request. A reused version is still a whole published version: retention
 * always keeps the previous one. Half-way through its time to live, the next request that reads a
 * version asks the store again itself while the others keep the version they have: under traffic
 * one request per dataset and half time to live waits for the database, the others never do, and
 * none is served a version older than the time to live.
 */
final class CurrentVersions {
  private final Function<ServingDataset, OptionalLong> lookup;

  CurrentVersions(ServingReader reader, Duration ttl) {
    if (ttl.isZero()) {
      this.lookup = reader::current;
    } else {
      LoadingCache<ServingDataset, OptionalLong> cache =
          Caffeine.newBuilder()
              .refreshAfterWrite(ttl.compareTo(Duration.ofNanos(2)) < 0 ? ttl : ttl.dividedBy(2))
              .expireAfterWrite(ttl)
              // On the request thread that found it due, so that serving's CPU stays on threads
              // named for serving.
              .executor(Runnable::run)
              .build(reader::current);
      this.lookup = cache::get;
    }
  }

  /** The version to serve, or a 503 problem before the first publish. */
  long of(ServingDataset dataset) {
    OptionalLong version = lookup.apply(dataset);
    if (version.isEmpty()) {
      throw ServingProblem.unavailable(
          "no version of "
              + dataset
              + " has been published yet; the API answers once the first one is");
    }
    return version.getAsLong();
  }
}
