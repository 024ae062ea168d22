/** The feeds job: home feeds per user, scored and ranked by precompute.feeds. */
package dev.nightshift.batch.feeds;
