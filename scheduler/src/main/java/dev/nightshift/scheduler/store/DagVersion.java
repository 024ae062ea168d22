package dev.nightshift.scheduler.store;

import java.time.Instant;

/** One version of a DAG's file, identified by the SHA-256 of its bytes. */
public record DagVersion(String dagId, String version, Instant createdAt) {}
