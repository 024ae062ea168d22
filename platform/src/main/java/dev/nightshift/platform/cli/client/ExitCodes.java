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

  private ExitCodes() {}
}
