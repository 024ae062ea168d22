package dev.nightshift.precompute.compaction.versions;

import static dev.nightshift.precompute.ParameterChecks.atLeast;
import static dev.nightshift.precompute.ParameterChecks.notNegative;

import java.io.Serializable;
import java.time.Duration;

/**
 * @param keepLast the newest this many versions of every file are kept
 * @param keepYoungerThan every version younger than this is kept too (a version exactly this old is
 *     not younger)
 * @param chunkGracePeriod an unreferenced chunk is deleted only when older than this: a chunk
 *     uploaded just now may belong to a version that is not written yet
 */
public record RetentionParameters(int keepLast, Duration keepYoungerThan, Duration chunkGracePeriod)
    implements Serializable {
  public static final RetentionParameters DEFAULTS =
      new RetentionParameters(10, Duration.ofDays(30), Duration.ofDays(1));

  public RetentionParameters {
    atLeast("retention.keepLast", keepLast, 1);
    notNegative("retention.keepYoungerThan", keepYoungerThan);
    notNegative("retention.chunkGracePeriod", chunkGracePeriod);
  }
}
