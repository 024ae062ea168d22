package dev.nightshift.monitoring.metrics;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.VersionInfo;
import java.util.Optional;

/** The current published version of a dataset, with its catalog entry. */
public final class ServingVersions {
  private ServingVersions() {}

  public static Optional<VersionInfo> current(ServingStore store, ServingDataset dataset) {
    var number = store.reader().current(dataset);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    return store.versions(dataset).stream()
        .filter(v -> v.version() == number.getAsLong())
        .findFirst();
  }
}
