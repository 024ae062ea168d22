/**
 * The REST API under {@code /api/v1}: DAGs, runs, task instances, logs, backfills, health. Names
 * and states follow Airflow's REST API; errors are RFC 9457 problem documents; writes need a bearer
 * token.
 */
package dev.nightshift.platform.api;
