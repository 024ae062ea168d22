package dev.nightshift.precompute.lake;

/** A partition that was asked for has not been written. */
public class PartitionNotFoundException extends LakeException {
  public PartitionNotFoundException(String path) {
    super("partition not found: " + path);
  }
}
