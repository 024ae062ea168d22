/**
 * Spark applications that run precompute's computations on a cluster: Spark scans, joins and
 * shuffles the lake's rows by key; precompute's per-record and per-group logic turns each group
 * into documents. Each application also runs alone with {@code spark-submit}.
 */
package dev.nightshift.spark;
