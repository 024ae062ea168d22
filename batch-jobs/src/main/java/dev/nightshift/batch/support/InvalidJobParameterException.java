package dev.nightshift.batch.support;

/** A job parameter is missing or malformed; the message names the parameter and the value. */
public class InvalidJobParameterException extends RuntimeException {
  public InvalidJobParameterException(String message) {
    super(message);
  }
}
