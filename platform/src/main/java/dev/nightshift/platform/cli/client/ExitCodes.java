package dev.nightshift.platform.cli.client;

/** What the client commands return to the shell. */
public final class ExitCodes {
  public static final int OK = 0;

  /** The thing asked for failed, e.g. the run that was waited for ended failed. */
  public static final int FAILED = 1;

  /** Wrong options or arguments, or a request the server refused as invalid (400). */
  public static final int USAGE = 2;

  public static final int NOT_FOUND = 3;

  /** No token, an unknown token, or one without the right (401, 403). */
  public static final int AUTH = 4;

  public static final int UNREACHABLE = 5;

  /** A wait ({@code --wait}, {@code backfill}, {@code logs --follow}) reached its --timeout. */
  public static final int TIMED_OUT = 6;

  /** A wait was ended with Ctrl-C (128 + SIGINT, as shells report it). */
  public static final int INTERRUPTED = 130;

  /** {@code server}/{@code demo}: another Nightshift holds the data folder. */
  public static final int DATA_FOLDER_IN_USE = 10;

  /** {@code server}/{@code demo}: another program listens on the port. */
  public static final int PORT_IN_USE = 11;

  /** {@code server}/{@code demo}: the data folder cannot be created, read or written. */
  public static final int DATA_FOLDER_UNUSABLE = 12;

  /** {@code server}/{@code demo}: the metadata database was migrated by a newer Nightshift. */
  public static final int SCHEMA_NEWER = 13;

  /** {@code server}/{@code demo}: a database server (PostgreSQL) does not answer. */
  public static final int DATABASE_UNREACHABLE = 14;

  private ExitCodes() {}
}
