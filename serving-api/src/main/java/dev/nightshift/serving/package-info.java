/**
 * The thin online API over the serving store: {@code /api/feeds/{userId}}, {@code
 * /api/recommendations/{userId}} and {@code /api/trends}. It reads only published versions through
 * {@link dev.nightshift.precompute.serving.ServingReader}, sends stored documents as they are, and
 * reports the version each answer came from.
 */
package dev.nightshift.serving;
