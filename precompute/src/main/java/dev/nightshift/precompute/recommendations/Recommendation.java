package dev.nightshift.precompute.recommendations;

/**
 * One row of a user's recommendations as the serving store holds it; {@code rank} starts at 1.
 *
 * @param likedYou the candidate has already liked the user: a match is one swipe away
 */
public record Recommendation(
    long userId, int rank, long candidateId, double distanceKm, double score, boolean likedYou) {}
