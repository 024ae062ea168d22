package dev.nightshift.precompute.lake;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * How the jobs read the lake: dated partitions up to the build's day, and snapshot datasets
 * (users, follows, files) from their newest partition, since a snapshot is written once and the
 * computations themselves ignore rows from after the build time.
 */
public final class LakeInputs {
  private LakeInputs() {}

  /** Fails with the partition's path unless {@code dataset} has a partition for {@code day}. */
  public static void requirePartition(Lake lake, Dataset<?> dataset, LocalDate day) {
    if (!lake.exists(dataset, day)) {
      throw new PartitionNotFoundException(
          lake.location() + "/" + dataset.name() + "/dt=" + day
              + " (no " + dataset.name() + " partition for the job's date)");
    }
  }

  /** The newest partition of a snapshot dataset; fails with the dataset's path when it has none. */
  public static LocalDate snapshot(Lake lake, Dataset<?> dataset) {
    List<LocalDate> days = lake.partitions(dataset);
    if (days.isEmpty()) {
      throw new PartitionNotFoundException(
          lake.location() + "/" + dataset.name() + " (the snapshot dataset has no partition)");
    }
    return days.get(days.size() - 1);
  }

  /** The rows of a snapshot dataset's newest partition; close the stream. */
  public static <T> Stream<T> readSnapshot(Lake lake, Dataset<T> dataset) {
    return lake.read(dataset, snapshot(lake, dataset));
  }
}
