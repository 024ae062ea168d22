/**
 * The lake: Parquet partitions on any Hadoop {@code FileSystem}, laid out as {@code
 * <lake>/<dataset>/dt=YYYY-MM-DD/part-NNNNN.parquet}. Writes are staged and committed whole by
 * rename; a partition is replaced only through a crash-safe swap (see {@link
 * dev.nightshift.precompute.lake.Lake#stageReplacement}).
 */
package dev.nightshift.precompute.lake;
