package dev.nightshift.precompute.lake;

/** Something in the lake is missing, malformed or in the way; the message names the path. */
public class LakeException extends RuntimeException {
  public LakeException(String message) {
    super(message);
  }

  public LakeException(String message, Throwable cause) {
    super(message, cause);
  }
}
