package dev.nightshift.precompute.serving;

import dev.nightshift.precompute.compaction.versions.ServingRetention;
import dev.nightshift.precompute.compaction.versions.ServingVersion;
import dev.nightshift.precompute.compaction.versions.ServingVersionState;
import java.util.List;
import java.util.OptionalLong;

/**
 * Which versions of a dataset the store may drop: {@link ServingRetention} applied to the store's
 * own states. Kept: the current version, the previous published one (what a rollback returns to),
 * the {@code keepNewest} highest version numbers, every version still being written, and sealed
 * candidates newer than the current version (awaiting publish).
 */
public final class RetentionRule {
  private RetentionRule() {}

  /** The version numbers to drop, in ascending order. Pure: reads nothing but its arguments. */
  public static List<Long> versionsToDrop(
      List<VersionInfo> versions, OptionalLong current, int keepNewest) {
    List<ServingVersion> seen =
        versions.stream().map(v -> new ServingVersion(v.version(), stateOf(v, current))).toList();
    return new ServingRetention(keepNewest)
        .toDrop(seen).stream().map(ServingVersion::version).toList();
  }

  private static ServingVersionState stateOf(VersionInfo version, OptionalLong current) {
    boolean isCurrent = current.isPresent() && current.getAsLong() == version.version();
    return switch (version.state()) {
      case STAGED -> ServingVersionState.STAGING;
      case PUBLISHED -> isCurrent ? ServingVersionState.CURRENT : ServingVersionState.PUBLISHED;
        // A sealed version newer than the current one may still be published; an older one never
        // will.
      case SEALED ->
          version.version() > current.orElse(Long.MIN_VALUE)
              ? ServingVersionState.STAGING
              : ServingVersionState.REJECTED;
        // Withdrawn: never served again, so never a rollback target.
      case ROLLED_BACK -> ServingVersionState.REJECTED;
    };
  }
}
