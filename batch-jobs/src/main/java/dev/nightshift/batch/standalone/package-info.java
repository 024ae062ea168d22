/** Running one job alone, outside the scheduler: a small Spring context and a step summary. */
package dev.nightshift.batch.standalone;
