package dev.nightshift.precompute.model;

import java.time.Instant;

/** {@code followerId} sees the posts of {@code followeeId} in the home feed. */
public record Follow(long followerId, long followeeId, Instant createdAt) {}
