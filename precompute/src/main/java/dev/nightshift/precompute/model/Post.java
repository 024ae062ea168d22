package dev.nightshift.precompute.model;

import java.time.Instant;

/** A post; {@code text} carries #hashtags, {@code media} is a media reference or null. */
public record Post(long postId, long authorId, Instant createdAt, String text, String media) {}
