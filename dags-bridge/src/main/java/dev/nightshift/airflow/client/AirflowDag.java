package dev.nightshift.airflow.client;

/** A DAG as Airflow describes it; {@code schedule} is Airflow's text of it, null when none. */
public record AirflowDag(String dagId, boolean paused, String description, String schedule) {}
