/** The trends job: trending hashtags per author region and globally, by precompute.trends. */
package dev.nightshift.batch.trends;
