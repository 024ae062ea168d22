/**
 * Lake file compaction: a partition's many small Parquet files are rewritten into files of about a
 * target size and swapped in through the lake's crash-safe replacement.
 */
package dev.nightshift.precompute.compaction.files;
