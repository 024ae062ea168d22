/**
 * Home feeds: for each user, the top posts of the people they follow within a lookback window,
 * scored by recency, engagement and affinity, minus what the user has already seen.
 *
 * <p>{@link dev.nightshift.precompute.feeds.FeedScorer} scores one candidate, {@link
 * dev.nightshift.precompute.feeds.FeedRanker} ranks one user's candidates, {@link
 * dev.nightshift.precompute.feeds.EngagementTally} is the mergeable partial count, {@link
 * dev.nightshift.precompute.feeds.FeedIndex} groups a build's rows so that one user's feed is a
 * walk over sorted arrays, and {@link dev.nightshift.precompute.feeds.FeedBuilder} runs the whole
 * computation in memory through it.
 */
package dev.nightshift.precompute.feeds;
