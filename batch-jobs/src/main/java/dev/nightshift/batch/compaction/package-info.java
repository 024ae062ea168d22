/** The compaction job: lake file compaction, storage retention and serving retention. */
package dev.nightshift.batch.compaction;
