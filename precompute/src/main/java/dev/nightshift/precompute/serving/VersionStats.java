package dev.nightshift.precompute.serving;

/** What {@code seal} measured over a version's rows: the figures publish validation compares. */
public record VersionStats(long rows, double meanScore, double p50Score, double p90Score) {}
