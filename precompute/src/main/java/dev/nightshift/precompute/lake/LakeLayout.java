package dev.nightshift.precompute.lake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.hadoop.fs.Path;

/**
 * Where things live under the lake root. Folders whose names start with {@code _} are invisible to
 * Parquet readers such as Spark, so staging and swaps never show up as data.
 *
 * <pre>
 * &lt;lake&gt;/&lt;dataset&gt;/dt=YYYY-MM-DD/part-NNNNN.parquet   committed partitions
 * &lt;lake&gt;/&lt;dataset&gt;/_staging/&lt;uuid&gt;/                  writes in progress
 * &lt;lake&gt;/&lt;dataset&gt;/_swap/dt=YYYY-MM-DD/{new,old}/      a partition being replaced
 * </pre>
 */
final class LakeLayout {
  static final String STAGING = "_staging";
  static final String SWAP = "_swap";
  private static final String PARTITION_PREFIX = "dt=";
  private static final String PART_PREFIX = "part-";
  private static final String PARQUET = ".parquet";

  private final Path root;

  LakeLayout(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  Path dataset(String dataset) {
    return new Path(root, dataset);
  }

  Path partition(String dataset, LocalDate day) {
    return new Path(dataset(dataset), partitionName(day));
  }

  Path stagingRoot(String dataset) {
    return new Path(dataset(dataset), STAGING);
  }

  Path swapRoot(String dataset) {
    return new Path(dataset(dataset), SWAP);
  }

  Path swap(String dataset, LocalDate day) {
    return new Path(swapRoot(dataset), partitionName(day));
  }

  static String partitionName(LocalDate day) {
    return PARTITION_PREFIX + day;
  }

  /** The day of a {@code dt=YYYY-MM-DD} folder name, or empty for any other name. */
  static Optional<LocalDate> day(String folderName) {
    if (!folderName.startsWith(PARTITION_PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(folderName.substring(PARTITION_PREFIX.length())));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static String partName(int index) {
    return String.format("%s%05d%s", PART_PREFIX, index, PARQUET);
  }

  static boolean isPart(String fileName) {
    return fileName.startsWith(PART_PREFIX) && fileName.endsWith(PARQUET);
  }

  static boolean isParquet(String fileName) {
    return fileName.endsWith(PARQUET) && !fileName.startsWith(".");
  }
}
