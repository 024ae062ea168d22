package dev.nightshift.precompute.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * A partition being written in its own staging folder, invisible until {@link #commit()}.
 *
 * <p>{@link #writer} may be called from several threads, one writer per slice; rows of slice {@code
 * i} end up before those of slice {@code i+1} in part-file order, whatever the threads' timing.
 * Closing an uncommitted partition deletes its staging folder.
 */
public final class StagedPartition<T> implements AutoCloseable {
  private final Lake lake;
  private final Dataset<T> dataset;
  private final LocalDate day;
  private final Path dir;
  private final boolean replacing;
  private final AtomicInteger openWriters = new AtomicInteger();
  private volatile boolean finished;

  StagedPartition(Lake lake, Dataset<T> dataset, LocalDate day, Path dir, boolean replacing) {
    this.lake = lake;
    this.dataset = dataset;
    this.day = day;
    this.dir = dir;
    this.replacing = replacing;
  }

  public Dataset<T> dataset() {
    return dataset;
  }

  public LocalDate day() {
    return day;
  }

  public RowWriter<T> writer(int slice) {
    return writer(slice, FileRoll.DEFAULT);
  }

  public RowWriter<T> writer(int slice, FileRoll roll) {
    if (finished) {
      throw new IllegalStateException("partition " + dataset + "/" + day + " is already finished");
    }
    openWriters.incrementAndGet();
    return new RollingPartWriter<>(
        lake.fs(), lake.conf(), dataset, dir, slice, roll, openWriters::decrementAndGet);
  }

  /**
   * Makes the partition visible. A new partition fails with {@link PartitionExistsException} if one
   * was committed meanwhile; a replacement swaps out the committed one, crash-safely.
   */
  public void commit() {
    finish();
    if (replacing) {
      lake.replace(dataset, day, dir);
    } else {
      lake.commit(dataset, day, dir);
    }
  }

  private void finish() {
    if (openWriters.get() != 0) {
      throw new IllegalStateException(
          openWriters.get() + " writer(s) of " + dataset + "/" + day + " are still open");
    }
    finished = true;
    renumberParts();
  }

  private void renumberParts() {
    try {
      if (!lake.fs().exists(dir)) {
        lake.fs().mkdirs(dir); // an empty partition is still a partition
        return;
      }
      FileStatus[] files = lake.fs().listStatus(dir, p -> LakeLayout.isParquet(p.getName()));
      Arrays.sort(files, Comparator.comparing(f -> f.getPath().getName()));
      for (int i = 0; i < files.length; i++) {
        lake.fs().rename(files[i].getPath(), new Path(dir, LakeLayout.partName(i)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare staged partition " + dir, e);
    }
  }

  /** Abandons the write unless it was committed: the staging folder is deleted. */
  @Override
  public void close() {
    finished = true;
    try {
      if (lake.fs().exists(dir)) {
        lake.fs().delete(dir, true);
        lake.deleteIfEmpty(dir.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete staging folder " + dir, e);
    }
  }
}
