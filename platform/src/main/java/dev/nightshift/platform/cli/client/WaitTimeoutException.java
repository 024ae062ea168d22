package dev.nightshift.platform.cli.client;

/** A wait reached its {@code --timeout}; what was waited for goes on on the server. */
public final class WaitTimeoutException extends RuntimeException {
  WaitTimeoutException(String message) {
    super(message);
  }
}
