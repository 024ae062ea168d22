package dev.nightshift.platform.cli.client;

/** The server answered with an error; the message is its problem document's detail. */
public class ApiCallException extends RuntimeException {
  private final int status;

  public ApiCallException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public int exitCode() {
    return switch (status) {
      case 401, 403 -> ExitCodes.AUTH;
      case 404 -> ExitCodes.NOT_FOUND;
      case 400, 409, 413, 415 -> ExitCodes.USAGE;
      default -> ExitCodes.FAILED;
    };
  }
}
