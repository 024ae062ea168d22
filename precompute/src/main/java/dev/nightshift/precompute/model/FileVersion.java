package dev.nightshift.precompute.model;

import java.time.Instant;
import java.util.List;

/** One saved version of a file: its content is the concatenation of the named chunks. */
public record FileVersion(
    long fileId, int version, Instant createdAt, long size, List<String> chunkHashes) {
  public FileVersion {
    chunkHashes = List.copyOf(chunkHashes);
  }
}
