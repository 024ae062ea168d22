/**
 * The {@code airflow} task runner: triggers a DAG in Airflow with a run id derived from the
 * Nightshift try, watches it with a back-off poll, follows its final state, and marks it failed
 * when the task is cancelled or times out.
 */
package dev.nightshift.airflow.runner;
