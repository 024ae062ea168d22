package dev.nightshift.precompute.model;

import java.time.Instant;

/**
 * A content-addressed block shared by file versions (deduplicated by hash). {@code refcount} is
 * the number of versions that name it when the row was written; {@code createdAt} feeds the
 * garbage collector's grace period.
 */
public record Chunk(String hash, long size, int refcount, Instant createdAt) {}
