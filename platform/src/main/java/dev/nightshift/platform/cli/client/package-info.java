/**
 * The command line's side of the REST API: a small {@code java.net.http} client, where to find the
 * server and the token, exit codes, table and JSON output, progress display.
 */
package dev.nightshift.platform.cli.client;
