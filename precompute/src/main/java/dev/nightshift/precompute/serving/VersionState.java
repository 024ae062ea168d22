package dev.nightshift.precompute.serving;

/** Where a version is in its lifecycle: stage → seal → publish (→ rolled back). */
public enum VersionState {
  /** Documents are still being written; never served, never dropped by retention. */
  STAGED,
  /** Frozen with its statistics; may be published. */
  SEALED,
  /** Passed validation and was made current at some point; servable while kept. */
  PUBLISHED,
  /** Was current and was withdrawn by a rollback; never served again. */
  ROLLED_BACK
}
