package dev.nightshift.scheduler.store;

import java.time.Instant;

/**
 * What the store knows of a DAG.
 *
 * @param nextDueAt when the next scheduled run is due; null for manual or finished schedules
 */
public record DagRecord(
    String dagId, boolean active, boolean paused, String currentVersion, Instant nextDueAt) {}
