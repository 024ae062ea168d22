package dev.nightshift.precompute.feeds;

import java.time.Instant;

/** A scored post of a followed author, before ranking. */
public record FeedCandidate(long postId, long authorId, Instant createdAt, double score) {}
