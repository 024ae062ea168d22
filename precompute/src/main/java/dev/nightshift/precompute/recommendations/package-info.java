/**
 * Dating-style recommendations and people-you-may-know.
 *
 * <p>{@link dev.nightshift.precompute.recommendations.NearbyIndex} finds candidates through H3
 * cells, {@link dev.nightshift.precompute.recommendations.MatchRules} checks one pair against both
 * sides' preferences, {@link dev.nightshift.precompute.recommendations.SwipeFilter} is the Bloom
 * filter of one user's swipes, {@link
 * dev.nightshift.precompute.recommendations.RecommendationRanker} ranks one user's candidates,
 * {@link dev.nightshift.precompute.recommendations.RecommendationIndex} groups the users and swipes
 * once and gives one user's list, {@link
 * dev.nightshift.precompute.recommendations.RecommendationBuilder} runs it for everyone in memory.
 * {@link dev.nightshift.precompute.recommendations.PeopleYouMayKnow} suggests friends of friends
 * over a {@link dev.nightshift.precompute.recommendations.FollowGraph}.
 */
package dev.nightshift.precompute.recommendations;
