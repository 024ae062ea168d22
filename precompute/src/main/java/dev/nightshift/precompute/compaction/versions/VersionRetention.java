package dev.nightshift.precompute.compaction.versions;

import dev.nightshift.precompute.model.FileVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the newest {@link RetentionParameters#keepLast()} versions of a file and every version
 * younger than {@link RetentionParameters#keepYoungerThan()}; drops the rest. "Newest" goes by
 * version number, "younger" by {@code createdAt} against {@code now}.
 */
public final class VersionRetention {
  private final RetentionParameters parameters;

  public VersionRetention(RetentionParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * @param versions all versions of one file, in any order
   * @throws IllegalArgumentException if they belong to several files or repeat a version number
   */
  public RetentionDecision decide(List<FileVersion> versions, Instant now) {
    List<FileVersion> newestFirst = new ArrayList<>(versions);
    newestFirst.sort(Comparator.comparingInt(FileVersion::version).reversed());
    checkOneFile(newestFirst);
    Instant youngAfter = now.minus(parameters.keepYoungerThan());
    List<FileVersion> kept = new ArrayList<>();
    List<FileVersion> dropped = new ArrayList<>();
    for (int i = 0; i < newestFirst.size(); i++) {
      FileVersion v = newestFirst.get(i);
      boolean young = v.createdAt().isAfter(youngAfter);
      (i < parameters.keepLast() || young ? kept : dropped).add(v);
    }
    Comparator<FileVersion> byVersion = Comparator.comparingInt(FileVersion::version);
    kept.sort(byVersion);
    dropped.sort(byVersion);
    return new RetentionDecision(kept, dropped);
  }

  private static void checkOneFile(List<FileVersion> sorted) {
    for (int i = 1; i < sorted.size(); i++) {
      FileVersion previous = sorted.get(i - 1);
      FileVersion v = sorted.get(i);
      if (v.fileId() != previous.fileId()) {
        throw new IllegalArgumentException(
            "Versions of files " + previous.fileId() + " and " + v.fileId() + " given together");
      }
      if (v.version() == previous.version()) {
        throw new IllegalArgumentException(
            "File " + v.fileId() + " has version " + v.version() + " twice");
      }
    }
  }
}
