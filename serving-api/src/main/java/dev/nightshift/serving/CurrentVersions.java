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
 * always keeps the previous one.
 */
final class CurrentVersions {
  private final Function<ServingDataset, OptionalLong> lookup;

  CurrentVersions(ServingReader reader, Duration ttl) {
    if (ttl.isZero()) {
      this.lookup = reader::current;
    } else {
      LoadingCache<ServingDataset, OptionalLong> cache =
          Caffeine.newBuilder().expireAfterWrite(ttl).build(reader::current);
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
