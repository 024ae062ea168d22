/**
 * A deterministic synthetic data generator for the lake's input datasets: users clustered around
 * real cities, a power-law follow graph, posts with Zipf-popular hashtags and planted bursts,
 * engagements with author affinity, swipes, deduplicated file versions and chat messages.
 *
 * <p>Every row derives from the seed through hashes of (dataset, day, slice or entity), so the same
 * seed gives the same rows whatever the number of threads.
 */
package dev.nightshift.precompute.generate;
