package dev.nightshift.precompute.serving;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Which serving versions a dataset may drop. Kept: the current version, the previous published one
 * (what a rollback returns to), the {@code keepNewest} highest version numbers, every version still
 * being written, and sealed candidates newer than the current version (awaiting publish).
 */
public final class RetentionRule {
  /** How many newest versions compaction keeps besides the current one and its rollback target. */
  public static final int DEFAULT_KEEP_NEWEST = 5;

  private RetentionRule() {}

  /** The version numbers to drop, in ascending order. Pure: reads nothing but its arguments. */
  public static List<Long> versionsToDrop(
      List<VersionInfo> versions, OptionalLong current, int keepNewest) {
    if (keepNewest < 0) {
      throw new IllegalArgumentException("keepNewest must be >= 0, was " + keepNewest);
    }
    Set<Long> keep = new HashSet<>();
    current.ifPresent(keep::add);
    current.ifPresent(
        c ->
            versions.stream()
                .filter(v -> v.state() == VersionState.PUBLISHED && v.version() < c)
                .mapToLong(VersionInfo::version)
                .max()
                .ifPresent(keep::add));
    versions.stream()
        .map(VersionInfo::version)
        .sorted(Comparator.reverseOrder())
        .limit(keepNewest)
        .forEach(keep::add);
    long newestServed = current.orElse(Long.MIN_VALUE);
    for (VersionInfo v : versions) {
      boolean awaitingPublish = v.state() == VersionState.SEALED && v.version() > newestServed;
      if (v.state() == VersionState.STAGED || awaitingPublish) {
        keep.add(v.version());
      }
    }
    return versions.stream()
        .map(VersionInfo::version)
        .filter(v -> !keep.contains(v))
        .sorted()
        .toList();
  }
}
