package dev.nightshift.precompute.lake;

import org.apache.hadoop.fs.Path;

/** One Parquet file of a partition and its size in bytes. */
public record PartFile(Path path, long bytes) {}
