package dev.nightshift.precompute.compaction.versions;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.LakeInputs;
import dev.nightshift.precompute.lake.RowWriter;
import dev.nightshift.precompute.lake.StagedPartition;
import dev.nightshift.precompute.model.Chunk;
import dev.nightshift.precompute.model.FileVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link StorageRetention} applied to a lake: the {@code file_versions} and {@code chunks}
 * snapshots are replaced by the kept rows, each partition in one crash-safe swap. Versions go
 * first: a crash between the two swaps leaves the kept versions in place, and running again keeps
 * the same versions and deletes the same chunks, so it can simply be repeated. What every engine
 * runs for file-version retention and chunk garbage collection.
 */
public final class LakeStorageRetention {
  private final StorageRetention retention;

  public LakeStorageRetention(RetentionParameters parameters) {
    this.retention = new StorageRetention(parameters);
  }

  /** Applies retention as of {@code at}; the report says what was kept and dropped. */
  public RetentionReport apply(Lake lake, Instant at) {
    LocalDate versionsDay = LakeInputs.snapshot(lake, Datasets.FILE_VERSIONS);
    LocalDate chunksDay = LakeInputs.snapshot(lake, Datasets.CHUNKS);
    List<FileVersion> versions = lake.readAll(Datasets.FILE_VERSIONS, versionsDay);
    List<Chunk> chunks = lake.readAll(Datasets.CHUNKS, chunksDay);
    RetentionReport report = retention.apply(versions, chunks, at);
    if (!report.droppedVersions().isEmpty()) {
      replace(lake, Datasets.FILE_VERSIONS, versionsDay, report.keptVersions());
    }
    if (!report.deletableChunks().isEmpty()) {
      replace(lake, Datasets.CHUNKS, chunksDay, report.keptChunks());
    }
    return report;
  }

  private static <T> void replace(Lake lake, Dataset<T> dataset, LocalDate day, List<T> kept) {
    try (StagedPartition<T> staged = lake.stageReplacement(dataset, day)) {
      try (RowWriter<T> writer = staged.writer(0)) {
        kept.forEach(writer::write);
      }
      staged.commit();
    }
  }
}
