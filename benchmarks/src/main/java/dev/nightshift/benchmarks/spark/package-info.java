/** The feeds build on Spark beside the Spring Batch job and DuckDB, and Spark's cost by scale. */
package dev.nightshift.benchmarks.spark;
