package dev.nightshift.precompute.trends;

import java.time.Instant;

/**
 * One row of a region's trend list as the serving store holds it; {@code rank} starts at 1.
 *
 * @param exactCount the true count, or null when exact counting is off
 * @param score the tag's velocity against its own baseline, see {@link TrendScore}
 */
public record TrendingTag(
    Instant windowStart,
    Instant windowEnd,
    long regionCell,
    int rank,
    String tag,
    long estimatedCount,
    Long exactCount,
    long uniqueAuthorsEstimate,
    double score) {}
