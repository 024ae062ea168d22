package dev.nightshift.precompute.model;

import java.time.Instant;

/** A chat message; {@code seq} orders messages within one conversation. */
public record Message(long conversationId, long seq, long senderId, Instant sentAt, String body) {}
