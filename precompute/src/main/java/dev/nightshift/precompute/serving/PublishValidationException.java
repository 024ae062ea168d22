package dev.nightshift.precompute.serving;

/**
 * A publish was refused because the candidate version broke one of the {@link ValidationBounds};
 * the current version stays served. The message names the bound and both figures.
 */
public class PublishValidationException extends ServingStoreException {
  private final ServingDataset dataset;
  private final long version;
  private final String bound;

  public PublishValidationException(
      ServingDataset dataset, long version, String bound, String reason) {
    super("publish of " + dataset + " version " + version + " refused: " + reason);
    this.dataset = dataset;
    this.version = version;
    this.bound = bound;
  }

  public ServingDataset dataset() {
    return dataset;
  }

  public long version() {
    return version;
  }

  /** The name of the bound that failed, e.g. {@code maxRowCountChangeRatio}. */
  public String bound() {
    return bound;
  }
}
