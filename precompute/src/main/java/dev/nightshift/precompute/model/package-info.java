/**
 * The rows of the lake's input datasets, as plain records. Every engine (Spring Batch on one
 * machine, Spark on a cluster) reads and writes these through {@code precompute.lake}.
 */
package dev.nightshift.precompute.model;
