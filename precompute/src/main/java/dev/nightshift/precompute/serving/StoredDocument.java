package dev.nightshift.precompute.serving;

/**
 * A stored, ready-to-send JSON document and the number of entries in its {@code items} array. The
 * bytes are shared, not copied: callers must not modify them.
 */
public record StoredDocument(byte[] body, int itemCount) {}
