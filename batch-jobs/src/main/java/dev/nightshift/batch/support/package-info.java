/** What the jobs share: parameters, the staged-version hand-off, partitioning, restartable reading and writing. */
package dev.nightshift.batch.support;
