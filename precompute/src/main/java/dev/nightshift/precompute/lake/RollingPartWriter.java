package dev.nightshift.precompute.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * Writes one slice of a staged partition into numbered files, starting a new one per {@link
 * FileRoll}.
 */
final class RollingPartWriter<T> implements RowWriter<T> {
  /**
   * Asking Parquet for its size costs a pass over the columns, so look only now and then: next when
   * half of the estimated remaining room is filled, at least this many rows later.
   */
  private static final int MIN_ROWS_BETWEEN_SIZE_CHECKS = 10;

  private final FileSystem fs;
  private final Configuration conf;
  private final Dataset<T> dataset;
  private final Path dir;
  private final int slice;
  private final FileRoll roll;
  private final Runnable onClose;
  private ParquetWriter<GenericRecord> current;
  private Path currentPath;
  private long estimateAtRoll;

  /**
   * File bytes per byte of Parquet's running size estimate, learned from the previous file: the
   * estimate leaves out the footer (statistics, column and offset indexes), a tenth or more of a
   * small file.
   */
  private double footerFactor = 1.0;

  private int fileIndex;
  private long rowsInFile;
  private long nextSizeCheck = MIN_ROWS_BETWEEN_SIZE_CHECKS;
  private boolean closed;

  RollingPartWriter(
      FileSystem fs,
      Configuration conf,
      Dataset<T> dataset,
      Path dir,
      int slice,
      FileRoll roll,
      Runnable onClose) {
    this.fs = fs;
    this.conf = conf;
    this.dataset = dataset;
    this.dir = dir;
    this.slice = slice;
    this.roll = roll;
    this.onClose = onClose;
  }

  /** Slice files sort by slice, then by roll; the commit renumbers them in that order. */
  static String sliceFileName(int slice, int fileIndex) {
    return String.format("slice-%06d-%06d.parquet", slice, fileIndex);
  }

  @Override
  public void write(T row) {
    try {
      if (current == null) {
        currentPath = new Path(dir, sliceFileName(slice, fileIndex++));
        current = ParquetIo.writer(fs, conf, currentPath, dataset, roll);
      }
      current.write(dataset.toRow(row));
      rowsInFile++;
      if (rowsInFile >= roll.maxRows() || (rowsInFile >= nextSizeCheck && reachedTargetSize())) {
        closeCurrent();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dataset + " rows under " + dir, e);
    }
  }

  private boolean reachedTargetSize() {
    long estimate = current.getDataSize();
    long size = (long) (estimate * footerFactor);
    if (size >= roll.targetBytes()) {
      estimateAtRoll = estimate;
      return true;
    }
    long bytesPerRow = Math.max(1, size / rowsInFile);
    long rowsLeft = (roll.targetBytes() - size) / bytesPerRow;
    nextSizeCheck = rowsInFile + Math.max(MIN_ROWS_BETWEEN_SIZE_CHECKS, rowsLeft / 2);
    return false;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      closeCurrent();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish " + dataset + " file under " + dir, e);
    } finally {
      onClose.run();
    }
  }

  private void closeCurrent() throws IOException {
    if (current != null) {
      current.close();
      if (estimateAtRoll > 0) {
        footerFactor = (double) fs.getFileStatus(currentPath).getLen() / estimateAtRoll;
        estimateAtRoll = 0;
      }
      current = null;
      rowsInFile = 0;
      nextSizeCheck = MIN_ROWS_BETWEEN_SIZE_CHECKS;
    }
  }
}
