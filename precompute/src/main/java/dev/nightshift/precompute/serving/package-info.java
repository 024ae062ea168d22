/**
 * The versioned serving store that apps read through the serving API: datasets {@code feeds},
 * {@code recommendations} and {@code trends}, each rebuilt as a new version that is staged, sealed,
 * validated against the current version and published by flipping one pointer. Readers ({@link
 * dev.nightshift.precompute.serving.ServingReader}) only ever see a whole published version. Plain
 * JDBC over H2 (a file by default) or PostgreSQL; schema by Flyway.
 */
package dev.nightshift.precompute.serving;
