package dev.nightshift.platform.cli.client;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a client command's failure into one line on stderr and its exit code; no stack trace. */
public final class CliErrors implements IExecutionExceptionHandler {
  static final String AUTH_HINT =
      "\nPass the API token with --token, NIGHTSHIFT_TOKEN or token=... in ~/.nightshift/config.";

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed)
      throws Exception {
    int code;
    String message;
    if (e instanceof ApiCallException api) {
      code = api.exitCode();
      message = api.getMessage() + " (HTTP " + api.status() + ")"
          + (code == ExitCodes.AUTH ? AUTH_HINT : "");
    } else if (e instanceof ServerUnreachableException) {
      code = ExitCodes.UNREACHABLE;
      message = e.getMessage();
    } else if (e instanceof WaitTimeoutException) {
      code = ExitCodes.TIMED_OUT;
      message = e.getMessage();
    } else if (e instanceof StartupFailure failure) {
      code = failure.exitCode();
      message = failure.getMessage();
    } else if (e instanceof UsageException) {
      code = ExitCodes.USAGE;
      message = e.getMessage();
    } else {
      throw e;
    }
    command.getErr().println("error: " + message);
    command.getErr().flush();
    return code;
  }
}
