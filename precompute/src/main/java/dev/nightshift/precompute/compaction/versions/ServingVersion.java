package dev.nightshift.precompute.compaction.versions;

/** A version of one serving-store dataset, as retention sees it. */
public record ServingVersion(long version, ServingVersionState state) {}
