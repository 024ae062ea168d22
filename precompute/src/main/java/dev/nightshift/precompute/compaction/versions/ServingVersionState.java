package dev.nightshift.precompute.compaction.versions;

/** Where a serving-store version stands in stage → validate → publish. */
public enum ServingVersionState {
  /** Being written or validated: never dropped, a build is working on it. */
  STAGING,
  /** The version readers see. */
  CURRENT,
  /** Was current once; the newest of these is the rollback target. */
  PUBLISHED,
  /** Failed validation; never published. */
  REJECTED
}
