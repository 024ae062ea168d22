package dev.nightshift.precompute.lake;

/** A part file lacks a field of its dataset, or stores it with another type. */
public class SchemaMismatchException extends LakeException {
  public SchemaMismatchException(String message) {
    super(message);
  }
}
