/** The {@code batch} runner: Spring Batch jobs launched and followed through {@code JobOperator}. */
package dev.nightshift.scheduler.runner.batch;
