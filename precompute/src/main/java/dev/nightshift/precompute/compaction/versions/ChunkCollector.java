package dev.nightshift.precompute.compaction.versions;

import dev.nightshift.precompute.model.Chunk;
import java.time.Instant;

/**
 * Decides about one chunk: deletable only when no kept version references it and it is older than
 * the grace period (a chunk exactly that old is kept). A referenced chunk is never deletable,
 * whatever its age.
 */
public final class ChunkCollector {
  private final RetentionParameters parameters;

  public ChunkCollector(RetentionParameters parameters) {
    this.parameters = parameters;
  }

  public boolean deletable(Chunk chunk, boolean referencedByKeptVersion, Instant now) {
    return !referencedByKeptVersion
        && chunk.createdAt().isBefore(now.minus(parameters.chunkGracePeriod()));
  }
}
