/**
 * A typed client of Airflow's REST API: {@code /api/v1} (Airflow 2, HTTP Basic auth) and
 * {@code /api/v2} (Airflow 3, bearer tokens from {@code POST /auth/token}) behind one
 * {@link dev.nightshift.airflow.client.AirflowClient}. Hand-written over {@code java.net.http}: no
 * Java client of Airflow is released, and the few operations used here do not warrant a generated
 * client for each version.
 */
package dev.nightshift.airflow.client;
