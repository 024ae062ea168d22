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
        if (dir.getModificationTime() <= cutoff && fs.delete(dir.getPath(), true)) {
          deleted++;
        }
      }
      deleteIfEmpty.accept(staging);
    }
    return deleted;
  }

  void recoverSwaps() throws IOException {
    for (Path dataset : datasetFolders()) {
      Path swapRoot = new Path(dataset, LakeLayout.SWAP);
      if (!fs.exists(swapRoot)) {
        continue;
      }
      for (FileStatus swap : fs.listStatus(swapRoot)) {
        Path partition = new Path(dataset, swap.getPath().getName());
        new PartitionSwap(fs, partition, swap.getPath()).recover();
      }
      deleteIfEmpty.accept(swapRoot);
    }
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
