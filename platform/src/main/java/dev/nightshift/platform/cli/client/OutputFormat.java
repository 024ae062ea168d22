package dev.nightshift.platform.cli.client;

/** How a command prints what the server answered. */
public enum OutputFormat {
  table,
  json
}
