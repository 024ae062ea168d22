/**
 * A read-only copy of the DAGs and recent runs of the configured Airflow servers, refreshed when
 * asked (and on an interval the platform may set), for Nightshift's API to show beside its own.
 */
package dev.nightshift.airflow.mirror;
