/** End-to-end throughput of the synthetic data generator, beside a plain Parquet writer. */
package dev.nightshift.benchmarks.generate;
