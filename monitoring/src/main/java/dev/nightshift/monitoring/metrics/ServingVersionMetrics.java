package dev.nightshift.monitoring.metrics;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.VersionInfo;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per serving dataset: the current published version and its age
 * ({@code nightshift_serving_version_age_seconds{dataset}}, from the version's creation), read from
 * the serving store at most once per {@code reuse}, only when scraped. A dataset with nothing
 * published reports no value (NaN).
 */
public final class ServingVersionMetrics implements MeterBinder {
  private final ServingStore store;
  private final Clock clock;
  private final Duration reuse;
  private final Map<ServingDataset, Optional<VersionInfo>> current = new EnumMap<>(ServingDataset.class);
  private Instant readAt = Instant.MIN;

  public ServingVersionMetrics(ServingStore store, Clock clock, Duration reuse) {
    this.store = store;
    this.clock = clock;
    this.reuse = reuse;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (ServingDataset dataset : ServingDataset.values()) {
      Gauge.builder("nightshift.serving.version.age", this, m -> m.ageSeconds(dataset))
          .description("Age of the dataset's current published version")
          .baseUnit("seconds")
          .tag("dataset", dataset.storedName())
          .register(registry);
      Gauge.builder("nightshift.serving.version.current", this, m -> m.currentVersion(dataset))
          .description("The dataset's current published version number")
          .tag("dataset", dataset.storedName())
          .register(registry);
    }
  }

  private double ageSeconds(ServingDataset dataset) {
    return current(dataset)
        .map(v -> Duration.between(v.createdAt(), clock.instant()).toMillis() / 1000.0)
        .orElse(Double.NaN);
  }

  private double currentVersion(ServingDataset dataset) {
    return current(dataset).map(v -> (double) v.version()).orElse(Double.NaN);
  }

  private synchronized Optional<VersionInfo> current(ServingDataset dataset) {
    if (readAt.plus(reuse).isBefore(clock.instant())) {
      for (ServingDataset d : ServingDataset.values()) {
        current.put(d, ServingVersions.current(store, d));
      }
      readAt = clock.instant();
    }
    return current.getOrDefault(dataset, Optional.empty());
  }
}
