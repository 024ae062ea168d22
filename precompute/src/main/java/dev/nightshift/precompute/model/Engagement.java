package dev.nightshift.precompute.model;

import java.time.Instant;

/** A user's action on a post. A {@link EngagementKind#VIEW} marks the post as seen. */
public record Engagement(long userId, long postId, EngagementKind kind, Instant at) {}
