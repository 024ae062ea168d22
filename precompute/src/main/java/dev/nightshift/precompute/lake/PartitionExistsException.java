package dev.nightshift.precompute.lake;

/**
 * A write would have overwritten a committed partition; only {@link Lake#stageReplacement} may do
 * that.
 */
public class PartitionExistsException extends LakeException {
  public PartitionExistsException(String path) {
    super("partition already exists, refusing to overwrite it: " + path);
  }
}
