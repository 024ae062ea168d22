package dev.nightshift.precompute.lake;

/**
 * When a writer starts its next part file: after {@code maxRows} rows or once the file holds about
 * {@code targetBytes} (whichever comes first).
 */
public record FileRoll(long maxRows, long targetBytes) {
  /** Parquet's usual row group; a part file of this size is one read split for Spark. */
  public static final long DEFAULT_TARGET_BYTES = 128L * 1024 * 1024;

  public static final FileRoll DEFAULT = new FileRoll(Long.MAX_VALUE, DEFAULT_TARGET_BYTES);

  public FileRoll {
    if (maxRows < 1 || targetBytes < 1) {
      throw new IllegalArgumentException(
          "file roll limits must be positive: maxRows=" + maxRows + ", targetBytes=" + targetBytes);
    }
  }

  public static FileRoll everyRows(long maxRows) {
    return new FileRoll(maxRows, DEFAULT_TARGET_BYTES);
  }

  public static FileRoll atBytes(long targetBytes) {
    return new FileRoll(Long.MAX_VALUE, targetBytes);
  }
}
