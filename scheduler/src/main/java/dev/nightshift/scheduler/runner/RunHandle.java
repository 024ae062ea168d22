package dev.nightshift.scheduler.runner;

/**
 * What a runner needs to find its work again, also after a restart: a process id, a Spring Batch
 * execution id, a Spark application id, an Airflow dag_run_id. Persisted as a string.
 */
public record RunHandle(String runnerType, String externalId) {}
