package dev.nightshift.precompute.recommendations;

/**
 * A suggestion to follow {@code candidateId}, whom {@code mutualFollows} of the people {@code
 * userId} follows already follow; {@code rank} starts at 1.
 */
public record PersonYouMayKnow(long userId, int rank, long candidateId, int mutualFollows) {}
