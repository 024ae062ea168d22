package dev.nightshift.precompute.lake;

/** The lake's root folder does not exist (or is not a folder). */
public class LakeNotFoundException extends LakeException {
  public LakeNotFoundException(String message) {
    super(message);
  }
}
