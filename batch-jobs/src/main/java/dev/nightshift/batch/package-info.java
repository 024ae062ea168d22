/** The four Spring Batch jobs over precompute, their job repository and serving store wiring. */
package dev.nightshift.batch;
