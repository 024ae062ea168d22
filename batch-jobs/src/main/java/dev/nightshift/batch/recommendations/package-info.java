/**
 * The recommendations job: matching nearby candidates and people-you-may-know per user, by
 * precompute.recommendations.
 */
package dev.nightshift.batch.recommendations;
