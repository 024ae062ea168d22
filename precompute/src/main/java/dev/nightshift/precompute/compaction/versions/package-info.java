/**
 * File storage retention: which file versions to keep, and which chunks no kept version needs
 * any more (after a grace period). Serving-store versions have their own rule next to the store,
 * {@link dev.nightshift.precompute.serving.RetentionRule}.
 *
 * <p>{@link dev.nightshift.precompute.compaction.versions.VersionRetention} decides for one file's
 * versions, {@link dev.nightshift.precompute.compaction.versions.ChunkCollector} for one chunk,
 * {@link dev.nightshift.precompute.compaction.versions.StorageRetention} runs both over a whole
 * store in memory.
 */
package dev.nightshift.precompute.compaction.versions;
