package dev.nightshift.platform.cli.client;

/** A client command's input is wrong in a way its options' parser cannot see. */
public class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
