package dev.nightshift.precompute.lake;

/** A part file cannot be read: truncated, corrupt, or a value that does not decode. */
public class CorruptLakeFileException extends LakeException {
  public CorruptLakeFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
