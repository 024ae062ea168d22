package dev.nightshift.precompute.recommendations;

/** A matching, not-yet-swiped candidate for one user, scored, before ranking. */
public record RecommendationCandidate(
    long candidateId, double distanceKm, double score, boolean likedYou) {}
