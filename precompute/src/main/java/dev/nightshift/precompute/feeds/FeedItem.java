package dev.nightshift.precompute.feeds;

import java.time.Instant;

/** One row of a user's feed as the serving store holds it; {@code rank} starts at 1. */
public record FeedItem(
    long userId, int rank, long postId, long authorId, double score, Instant createdAt) {}
