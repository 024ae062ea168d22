/**
 * The {@code spark} runner: submits Spark applications through Spark's launcher ({@code
 * spark-submit}), follows their state, and finds them again after a restart.
 */
package dev.nightshift.scheduler.runner.spark;
