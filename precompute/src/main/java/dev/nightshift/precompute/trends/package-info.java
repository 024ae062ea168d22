/**
 * Hashtag trends per time window and region: heavy-hitter counts (DataSketches frequent items),
 * unique authors per tag (HyperLogLog), exact counts for checking, and a trending score that
 * compares a tag's count with its own recent baseline.
 *
 * <p>{@link dev.nightshift.precompute.trends.HashtagExtractor} extracts tags from one post, {@link
 * dev.nightshift.precompute.trends.TagSketches} is the mergeable, serialisable partial of one
 * (window, region), {@link dev.nightshift.precompute.trends.TrendRanker} ranks one (window,
 * region), and {@link dev.nightshift.precompute.trends.TrendBuilder} runs it all in memory.
 */
package dev.nightshift.precompute.trends;
