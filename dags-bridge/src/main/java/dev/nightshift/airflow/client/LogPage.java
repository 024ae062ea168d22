package dev.nightshift.airflow.client;

/** A page of a task's log, and the token that reads on from it (null when Airflow gave none). */
public record LogPage(String text, String continuationToken) {}
