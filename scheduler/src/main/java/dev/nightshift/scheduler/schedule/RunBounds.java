package dev.nightshift.scheduler.schedule;

import java.time.Instant;

/**
 * What bounds a DAG's scheduled runs: its start date ({@code earliest}, null when it has none),
 * its end date ({@code latest}, null when it has none) and whether missed runs are caught up.
 */
public record RunBounds(Instant earliest, Instant latest, boolean catchup) {}
