package dev.nightshift.platform.cli.client;

/** The platform could not start for a reason the user can fix: one or two lines and an exit code. */
public final class StartupFailure extends RuntimeException {
  private final int exitCode;

  public StartupFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
