package dev.nightshift.precompute.model;

/** A file in a user's synced storage; its content lives in {@link FileVersion}s. */
public record StoredFile(long fileId, long ownerId, String path) {}
