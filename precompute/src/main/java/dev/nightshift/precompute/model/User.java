package dev.nightshift.precompute.model;

import java.time.Instant;

/** A member of the network: home location, dating preferences and last activity. */
public record User(
    long userId,
    Instant createdAt,
    double lat,
    double lon,
    int birthYear,
    Gender gender,
    Seeking seeking,
    int ageMin,
    int ageMax,
    int maxDistanceKm,
    Instant lastActiveAt) {}
