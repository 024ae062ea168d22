package dev.nightshift.scheduler.runner;

/** A task's arguments do not fit its runner; the message names the task and the argument. */
public class InvalidTaskArgsException extends RuntimeException {
  public InvalidTaskArgsException(String message) {
    super(message);
  }
}
