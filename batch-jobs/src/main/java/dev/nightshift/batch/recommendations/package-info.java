/** The recommendations job: matching nearby candidates per user, by precompute.recommendations. */
package dev.nightshift.batch.recommendations;
