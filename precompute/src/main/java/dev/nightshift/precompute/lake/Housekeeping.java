package dev.nightshift.precompute.lake;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** What opening a lake tidies: swaps a crash interrupted, and staging folders left behind. */
final class Housekeeping {
  private final FileSystem fs;
  private final Path root;
  private final Consumer<Path> deleteIfEmpty;

  Housekeeping(FileSystem fs, Path root, Consumer<Path> deleteIfEmpty) {
    this.fs = fs;
    this.root = root;
    this.deleteIfEmpty = deleteIfEmpty;
  }

  int cleanStaleStaging(Duration olderThan) throws IOException {
    long cutoff = System.currentTimeMillis() - olderThan.toMillis();
    int deleted = 0;
    for (Path dataset : datasetFolders()) {
      Path staging = new Path(dataset, LakeLayout.STAGING);
      if (!fs.exists(staging)) {
        continue;
      }
      for (FileStatus dir : fs.listStatus(staging)) {
        if (lastTouched(dir) <= cutoff && fs.delete(dir.getPath(), true)) {
          deleted++;
        }
      }
      deleteIfEmpty.accept(staging);
    }
    return deleted;
  }

  /**
   * Completes swaps untouched for {@code olderThan}. A younger swap may be running in another
   * process right now: finishing it from here would race its own steps.
   */
  void recoverSwaps(Duration olderThan) throws IOException {
    long cutoff = System.currentTimeMillis() - olderThan.toMillis();
    for (Path dataset : datasetFolders()) {
      Path swapRoot = new Path(dataset, LakeLayout.SWAP);
      if (!fs.exists(swapRoot)) {
        continue;
      }
      for (FileStatus swap : fs.listStatus(swapRoot)) {
        if (lastTouched(swap) <= cutoff) {
          Path partition = new Path(dataset, swap.getPath().getName());
          new PartitionSwap(fs, partition, swap.getPath()).recover();
        }
      }
      deleteIfEmpty.accept(swapRoot);
    }
  }

  /** A folder's own time moves when entries come and go, not when a file in it grows. */
  private long lastTouched(FileStatus dir) throws IOException {
    long latest = dir.getModificationTime();
    for (FileStatus child : fs.listStatus(dir.getPath())) {
      latest = Math.max(latest, child.getModificationTime());
    }
    return latest;
  }

  private List<Path> datasetFolders() throws IOException {
    List<Path> folders = new ArrayList<>();
    for (FileStatus status : fs.listStatus(root)) {
      if (status.isDirectory() && !status.getPath().getName().startsWith("_")) {
        folders.add(status.getPath());
      }
    }
    return folders;
  }
}
