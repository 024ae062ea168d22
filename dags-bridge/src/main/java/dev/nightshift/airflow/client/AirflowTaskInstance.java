package dev.nightshift.airflow.client;

/** One task instance of an Airflow run; {@code state} is null until Airflow schedules it. */
public record AirflowTaskInstance(String taskId, int mapIndex, String state, int tryNumber) {}
