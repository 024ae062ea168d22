package dev.nightshift.precompute.compaction.files;

import dev.nightshift.precompute.lake.PartFile;
import java.util.List;

/**
 * The size rule: output files are cut when they reach {@code bytes}, so every output file but the
 * last lies within ±{@link #TOLERANCE} of it; the last holds the remainder and may be smaller. A
 * partition needs compaction when at least two of its files are below the tolerance band (small
 * files), or any file is above it.
 */
public record CompactionTarget(long bytes) {
  public static final double TOLERANCE = 0.2;

  public CompactionTarget {
    if (bytes < 1024) {
      throw new IllegalArgumentException("target file size must be at least 1 KiB, got " + bytes);
    }
  }

  public boolean fits(long fileBytes) {
    return fileBytes >= bytes * (1 - TOLERANCE) && fileBytes <= bytes * (1 + TOLERANCE);
  }

  boolean needsCompaction(List<PartFile> files) {
    long small = files.stream().filter(f -> f.bytes() < bytes * (1 - TOLERANCE)).count();
    boolean large = files.stream().anyMatch(f -> f.bytes() > bytes * (1 + TOLERANCE));
    return small >= 2 || large;
  }
}
