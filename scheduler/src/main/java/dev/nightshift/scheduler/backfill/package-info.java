/** Backfills: durable ranges of runs created under max_active_runs, paused, resumed, cancelled. */
package dev.nightshift.scheduler.backfill;
