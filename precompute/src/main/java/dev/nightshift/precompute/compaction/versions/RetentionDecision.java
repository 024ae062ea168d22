package dev.nightshift.precompute.compaction.versions;

import dev.nightshift.precompute.model.FileVersion;
import java.util.List;

/** One file's versions split into kept and dropped, each ordered by version number. */
public record RetentionDecision(List<FileVersion> kept, List<FileVersion> dropped) {
  public RetentionDecision {
    kept = List.copyOf(kept);
    dropped = List.copyOf(dropped);
  }
}
