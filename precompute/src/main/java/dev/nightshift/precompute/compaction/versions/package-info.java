/**
 * Storage retention: which file versions to keep, which chunks no kept version needs any more
 * (after a grace period), and which serving-store versions to drop.
 *
 * <p>{@link dev.nightshift.precompute.compaction.versions.VersionRetention} decides for one file's
 * versions, {@link dev.nightshift.precompute.compaction.versions.ChunkCollector} for one chunk,
 * {@link dev.nightshift.precompute.compaction.versions.StorageRetention} runs both over a whole
 * store in memory, {@link dev.nightshift.precompute.compaction.versions.ServingRetention} picks the
 * serving versions to drop.
 */
package dev.nightshift.precompute.compaction.versions;
