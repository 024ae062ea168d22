package dev.nightshift.precompute.compaction.files;

import java.time.LocalDate;

/** What compacting one partition did; {@code compacted} is false when it was left as it was. */
public record CompactionResult(
    String dataset,
    LocalDate day,
    boolean compacted,
    int filesBefore,
    int filesAfter,
    long bytesBefore,
    long bytesAfter,
    long rows) {}
