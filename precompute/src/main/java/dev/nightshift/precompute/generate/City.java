package dev.nightshift.precompute.generate;

/** A real city that users cluster around; {@code weight} is roughly its metro population. */
public record City(String name, double lat, double lon, double weight) {}
