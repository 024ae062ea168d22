package dev.nightshift.scheduler.store;

/** One version of a DAG as it is stored: its id, content hash and file text. */
public record DagSource(String dagId, String version, String sourceText) {}
