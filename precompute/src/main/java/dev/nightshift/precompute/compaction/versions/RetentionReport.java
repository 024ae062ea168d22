package dev.nightshift.precompute.compaction.versions;

import dev.nightshift.precompute.model.Chunk;
import dev.nightshift.precompute.model.FileVersion;
import java.util.List;
import java.util.Set;

/**
 * What retention keeps and drops across a store.
 *
 * @param keptChunks chunks a kept version references, plus unreferenced ones still in their grace
 *     period
 * @param unreferencedInGrace the unreferenced chunks kept only because they are recent
 * @param missingChunks hashes a kept version references but no chunk row has: damage to report
 */
public record RetentionReport(
    List<FileVersion> keptVersions,
    List<FileVersion> droppedVersions,
    List<Chunk> keptChunks,
    List<Chunk> deletableChunks,
    List<Chunk> unreferencedInGrace,
    Set<String> missingChunks) {

  public RetentionReport {
    keptVersions = List.copyOf(keptVersions);
    droppedVersions = List.copyOf(droppedVersions);
    keptChunks = List.copyOf(keptChunks);
    deletableChunks = List.copyOf(deletableChunks);
    unreferencedInGrace = List.copyOf(unreferencedInGrace);
    missingChunks = Set.copyOf(missingChunks);
  }

  public long bytesFreed() {
    return deletableChunks.stream().mapToLong(Chunk::size).sum();
  }

  /** One line for a task log. */
  public String summary() {
    return String.format(
        "versions kept %d, dropped %d; chunks kept %d (%d unreferenced in grace), deleted %d"
            + " (%d bytes); missing chunks %d",
        keptVersions.size(),
        droppedVersions.size(),
        keptChunks.size(),
        unreferencedInGrace.size(),
        deletableChunks.size(),
        bytesFreed(),
        missingChunks.size());
  }
}
