package dev.nightshift.precompute.lake;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Replaces a committed partition by a staged one so that a crash at any point leaves either the old
 * or the new partition, whole. The swap folder journals the replacement:
 *
 * <ol>
 *   <li>{@code staged → _swap/dt=D/new}: the new content is complete; from here on the swap rolls
 *       forward.
 *   <li>{@code dt=D → _swap/dt=D/old}: the partition folder is briefly absent; readers of the lake
 *       then read {@code new} (see {@link Lake}).
 *   <li>{@code _swap/dt=D/new → dt=D}: the new partition is visible.
 *   <li>{@code _swap/dt=D} is deleted with the old files.
 * </ol>
 *
 * {@link #recover} finishes whatever step a crash interrupted; {@link Lake} runs it on open for
 * swaps older than {@link Lake#SWAP_GRACE}, so that it never races a live swap of another process.
 * One replacement per partition at a time: compaction of a partition runs as a single task.
 */
final class PartitionSwap {
  private static final String NEW = "new";
  private static final String OLD = "old";

  private final FileSystem fs;
  private final Path partition;
  private final Path swap;

  PartitionSwap(FileSystem fs, Path partition, Path swap) {
    this.fs = fs;
    this.partition = partition;
    this.swap = swap;
  }

  Path incoming() {
    return new Path(swap, NEW);
  }

  void replaceWith(Path staged) throws IOException {
    if (fs.exists(swap)) {
      recover();
    }
    takeIncoming(staged);
    moveOldAside();
    moveNewIn();
    cleanUp();
  }

  /** Completes an interrupted swap; does nothing when none is pending. */
  void recover() throws IOException {
    if (!fs.exists(swap)) {
      return;
    }
    if (fs.exists(incoming())) {
      if (fs.exists(partition)) {
        moveOldAside();
      }
      moveNewIn();
    }
    cleanUp();
  }

  void takeIncoming(Path staged) throws IOException {
    fs.mkdirs(swap);
    rename(staged, incoming());
  }

  void moveOldAside() throws IOException {
    if (fs.exists(partition)) {
      rename(partition, new Path(swap, OLD));
    }
  }

  void moveNewIn() throws IOException {
    rename(incoming(), partition);
  }

  void cleanUp() throws IOException {
    fs.delete(swap, true);
  }

  private void rename(Path from, Path to) throws IOException {
    // Hadoop moves a folder INTO an existing target instead of failing: refuse that outright.
    if (fs.exists(to)) {
      throw new LakeException("cannot move " + from + " to " + to + ": the target exists");
    }
    if (!fs.rename(from, to)) {
      throw new LakeException("cannot move " + from + " to " + to);
    }
  }
}
