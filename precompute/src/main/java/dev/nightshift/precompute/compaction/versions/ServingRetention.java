package dev.nightshift.precompute.compaction.versions;

import static dev.nightshift.precompute.ParameterChecks.atLeast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which versions of one serving dataset may be dropped. Kept: the current version, the newest
 * previously published one older than it (for rollback), every version still staging, and the
 * {@code keepLast} highest version numbers. Everything else may go. The current version is never
 * dropped.
 */
public final class ServingRetention {
  private final int keepLast;

  public ServingRetention(int keepLast) {
    atLeast("servingRetention.keepLast", keepLast, 0);
    this.keepLast = keepLast;
  }

  /**
   * @return the versions to drop, ordered by version
   * @throws IllegalArgumentException if more than one version is current
   */
  public List<ServingVersion> toDrop(List<ServingVersion> versions) {
    List<ServingVersion> newestFirst = new ArrayList<>(versions);
    newestFirst.sort(Comparator.comparingLong(ServingVersion::version).reversed());
    List<ServingVersion> current =
        newestFirst.stream().filter(v -> v.state() == ServingVersionState.CURRENT).toList();
    if (current.size() > 1) {
      throw new IllegalArgumentException(
          "Only one serving version can be current, found " + current);
    }
    long currentVersion = current.isEmpty() ? Long.MAX_VALUE : current.get(0).version();

    Set<ServingVersion> keep = new HashSet<>(current);
    newestFirst.stream()
        .filter(v -> v.state() == ServingVersionState.PUBLISHED && v.version() < currentVersion)
        .findFirst()
        .ifPresent(keep::add);
    newestFirst.stream().limit(keepLast).forEach(keep::add);
    newestFirst.stream().filter(v -> v.state() == ServingVersionState.STAGING).forEach(keep::add);

    List<ServingVersion> drop = new ArrayList<>();
    for (ServingVersion v : newestFirst) {
      if (!keep.contains(v)) {
        drop.add(0, v);
      }
    }
    return drop;
  }
}
