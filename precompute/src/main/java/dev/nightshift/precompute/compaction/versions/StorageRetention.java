package dev.nightshift.precompute.compaction.versions;

import dev.nightshift.precompute.model.Chunk;
import dev.nightshift.precompute.model.FileVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies version retention to every file, then finds the chunks that no kept version references
 * any more: the in-memory reference for the batch and Spark jobs. Pass every version of every file
 * that may share chunks (chunks are deduplicated across files), or a chunk still needed by a file
 * left out would look unreferenced.
 */
public final class StorageRetention {
  private final VersionRetention versions;
  private final ChunkCollector chunks;

  public StorageRetention(RetentionParameters parameters) {
    this.versions = new VersionRetention(parameters);
    this.chunks = new ChunkCollector(parameters);
  }

  public RetentionReport apply(
      Iterable<FileVersion> allVersions, Iterable<Chunk> allChunks, Instant now) {
    Map<Long, List<FileVersion>> byFile = new TreeMap<>();
    for (FileVersion v : allVersions) {
      byFile.computeIfAbsent(v.fileId(), f -> new ArrayList<>()).add(v);
    }
    List<FileVersion> kept = new ArrayList<>();
    List<FileVersion> dropped = new ArrayList<>();
    Set<String> referenced = new HashSet<>();
    for (List<FileVersion> fileVersions : byFile.values()) {
      RetentionDecision decision = versions.decide(fileVersions, now);
      kept.addAll(decision.kept());
      dropped.addAll(decision.dropped());
      decision.kept().forEach(v -> referenced.addAll(v.chunkHashes()));
    }

    List<Chunk> keptChunks = new ArrayList<>();
    List<Chunk> deletable = new ArrayList<>();
    List<Chunk> inGrace = new ArrayList<>();
    Set<String> missing = new TreeSet<>(referenced);
    List<Chunk> sorted = new ArrayList<>();
    allChunks.forEach(sorted::add);
    sorted.sort(Comparator.comparing(Chunk::hash));
    for (Chunk chunk : sorted) {
      boolean isReferenced = referenced.contains(chunk.hash());
      missing.remove(chunk.hash());
      if (chunks.deletable(chunk, isReferenced, now)) {
        deletable.add(chunk);
      } else {
        keptChunks.add(chunk);
        if (!isReferenced) {
          inGrace.add(chunk);
        }
      }
    }
    return new RetentionReport(kept, dropped, keptChunks, deletable, inGrace, missing);
  }
}
