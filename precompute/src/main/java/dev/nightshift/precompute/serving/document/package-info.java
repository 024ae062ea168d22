/**
 * The JSON documents the serving store holds and the API sends as they are: one shape per dataset,
 * each with an {@code items} array that the API pages through. The version is not part of a
 * document: the API reports it in headers, so a stored document is the response body.
 */
package dev.nightshift.precompute.serving.document;
