/** Malformed requests over raw sockets, for any listener of the platform. */
package dev.nightshift.serving.malformed;
