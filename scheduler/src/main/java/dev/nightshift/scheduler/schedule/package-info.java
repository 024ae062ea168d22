/**
 * Schedules and data intervals with Airflow's semantics: the run for the interval [start, end)
 * fires at end, and its logical date is start.
 */
package dev.nightshift.scheduler.schedule;
