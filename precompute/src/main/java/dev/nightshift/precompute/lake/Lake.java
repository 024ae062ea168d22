package dev.nightshift.precompute.lake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A lake of Parquet partitions on a Hadoop {@code FileSystem} ({@code file://} by default, or any
 * Hadoop URI such as {@code hdfs://} or {@code s3a://}).
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>A write is staged under {@code <dataset>/_staging/<uuid>/} and made visible by one folder
 *       rename; a crashed writer leaves no partial partition, only a staging folder that a later
 *       {@link #open} deletes once it is older than {@link #STAGING_GRACE}.
 *   <li>A committed partition is never overwritten by a new write; only a {@link #stageReplacement
 *       replacement} swaps it (see {@link PartitionSwap}). Readers see the old or the new
 *       partition, whole. A swap interrupted by a crash is completed by the next {@link #open} once
 *       it is older than {@link #SWAP_GRACE}; until then readers already see whichever side is
 *       whole.
 *   <li>Rename is atomic on local file systems and HDFS; object stores such as S3 copy instead, so
 *       there a crash mid-commit needs the same recovery as a swap.
 * </ul>
 *
 * <p>Thread-safe. Streams from {@link #read} hold a file open and must be closed.
 */
public final class Lake implements AutoCloseable {
  /** Staging folders younger than this may belong to a live writer in another process. */
  public static final Duration STAGING_GRACE = Duration.ofHours(1);

  /** A swap is a few renames; one untouched for this long belongs to a process that died. */
  public static final Duration SWAP_GRACE = Duration.ofMinutes(10);

  private final FileSystem fs;
  private final Configuration conf;
  private final LakeLayout layout;

  private Lake(FileSystem fs, Configuration conf, Path root) {
    this.fs = fs;
    this.conf = conf;
    this.layout = new LakeLayout(root);
  }

  /** Opens an existing lake, completing interrupted swaps and deleting stale staging folders. */
  public static Lake open(String location) {
    return open(location, false);
  }

  /** Opens the lake, creating its root folder first if needed. */
  public static Lake create(String location) {
    return open(location, true);
  }

  private static Lake open(String location, boolean create) {
    Configuration conf = new Configuration();
    // Spark and Hive read the standard three-level LIST layout; the old two-level one is legacy.
    conf.setBoolean("parquet.avro.write-old-list-structure", false);
    conf.setClass("fs.file.impl", NioLocalFileSystem.class, FileSystem.class);
    Path root = rootPath(location);
    Lake lake;
    try {
      lake = new Lake(FileSystem.newInstance(root.toUri(), conf), conf, root);
    } catch (IOException e) {
      throw new LakeException("cannot reach lake " + location + ": " + e.getMessage(), e);
    }
    try {
      lake.checkRoot(create);
      lake.recoverSwaps(SWAP_GRACE);
      lake.cleanStaleStaging(STAGING_GRACE);
      return lake;
    } catch (RuntimeException e) {
      lake.close();
      throw e;
    }
  }

  private static Path rootPath(String location) {
    URI uri = URI.create(location.replace(" ", "%20"));
    if (uri.getScheme() == null) {
      return new Path(new File(location).getAbsoluteFile().toURI());
    }
    return new Path(uri);
  }

  private void checkRoot(boolean create) {
    Path root = layout.root();
    try {
      if (fs.exists(root)) {
        if (!fs.getFileStatus(root).isDirectory()) {
          throw new LakeNotFoundException("lake path is a file, not a folder: " + root);
        }
      } else if (create) {
        fs.mkdirs(root);
      } else {
        throw new LakeNotFoundException("lake does not exist: " + root);
      }
    } catch (IOException e) {
      throw new LakeException("cannot open lake " + root + ": " + e.getMessage(), e);
    }
  }

  public String location() {
    return layout.root().toString();
  }

  /** Starts a write of a new partition; fails at once if the partition already exists. */
  public <T> StagedPartition<T> stage(Dataset<T> dataset, LocalDate day) {
    Path partition = layout.partition(dataset.name(), day);
    if (exists(dataset, day)) {
      throw new PartitionExistsException(partition.toString());
    }
    return new StagedPartition<>(this, dataset, day, newStagingDir(dataset), false);
  }

  /**
   * Starts a rewrite of a committed partition, which its commit replaces crash-safely: readers see
   * the old or the new partition, never a mix. For compaction; one rewrite per partition at a time.
   */
  public <T> StagedPartition<T> stageReplacement(Dataset<T> dataset, LocalDate day) {
    resolve(dataset, day);
    return new StagedPartition<>(this, dataset, day, newStagingDir(dataset), true);
  }

  private Path newStagingDir(Dataset<?> dataset) {
    return new Path(layout.stagingRoot(dataset.name()), UUID.randomUUID().toString());
  }

  /** Writes a whole partition from the given rows, atomically. */
  public <T> void write(Dataset<T> dataset, LocalDate day, Iterable<T> rows) {
    try (StagedPartition<T> staged = stage(dataset, day)) {
      try (RowWriter<T> writer = staged.writer(0)) {
        rows.forEach(writer::write);
      }
      staged.commit();
    }
  }

  public boolean exists(Dataset<?> dataset, LocalDate day) {
    return io(
        () ->
            fs.exists(layout.partition(dataset.name(), day))
                || fs.exists(swapOf(dataset, day).incoming()));
  }

  /** The days of the committed partitions of a dataset, ascending; empty if it has none. */
  public List<LocalDate> partitions(Dataset<?> dataset) {
    return io(
        () -> {
          TreeSet<LocalDate> days = new TreeSet<>();
          for (Path dir :
              List.of(layout.dataset(dataset.name()), layout.swapRoot(dataset.name()))) {
            if (fs.exists(dir)) {
              for (FileStatus status : fs.listStatus(dir)) {
                LakeLayout.day(status.getPath().getName())
                    .filter(day -> exists(dataset, day))
                    .ifPresent(days::add);
              }
            }
          }
          return List.copyOf(days);
        });
  }

  /** The committed partitions whose day lies in {@code [from, to]}. */
  public List<LocalDate> partitions(Dataset<?> dataset, LocalDate from, LocalDate to) {
    return partitions(dataset).stream()
        .filter(day -> !day.isBefore(from) && !day.isAfter(to))
        .toList();
  }

  /**
   * The snapshot in effect on {@code day}: the latest committed partition not after it. For
   * snapshot datasets such as users or follows.
   */
  public Optional<LocalDate> snapshotOn(Dataset<?> dataset, LocalDate day) {
    List<LocalDate> days = partitions(dataset, LocalDate.MIN, day);
    return days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1));
  }

  /** The part files of a partition, in row order. */
  public List<PartFile> files(Dataset<?> dataset, LocalDate day) {
    Path dir = resolve(dataset, day);
    return io(
        () -> {
          FileStatus[] files = fs.listStatus(dir, p -> LakeLayout.isPart(p.getName()));
          Arrays.sort(files, Comparator.comparing(f -> f.getPath().getName()));
          List<PartFile> parts = new ArrayList<>(files.length);
          for (FileStatus file : files) {
            parts.add(new PartFile(file.getPath(), file.getLen()));
          }
          return parts;
        });
  }

  /** Streams the rows of one partition; close the stream. */
  public <T> Stream<T> read(Dataset<T> dataset, LocalDate day) {
    return stream(new PartitionReader<>(conf, dataset, files(dataset, day)));
  }

  /** Streams the rows of the committed partitions in {@code [from, to]}, day by day. */
  public <T> Stream<T> read(Dataset<T> dataset, LocalDate from, LocalDate to) {
    List<PartFile> files = new ArrayList<>();
    for (LocalDate day : partitions(dataset, from, to)) {
      files.addAll(files(dataset, day));
    }
    return stream(new PartitionReader<>(conf, dataset, files));
  }

  /**
   * Streams the rows of some part files (as {@link #files} lists them), in list order; close the
   * stream. Lets a reader spread one partition's files over several threads.
   */
  public <T> Stream<T> readFiles(Dataset<T> dataset, List<PartFile> files) {
    return stream(new PartitionReader<>(conf, dataset, files));
  }

  public <T> List<T> readAll(Dataset<T> dataset, LocalDate day) {
    try (Stream<T> rows = read(dataset, day)) {
      return rows.toList();
    }
  }

  private static <T> Stream<T> stream(PartitionReader<T> reader) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(reader::close);
  }

  /**
   * Deletes staging folders last modified longer than {@code olderThan} ago: writes that crashed or
   * were abandoned. Returns how many were deleted.
   */
  public int cleanStaleStaging(Duration olderThan) {
    return io(() -> housekeeping().cleanStaleStaging(olderThan));
  }

  /**
   * Completes partition swaps untouched for {@code olderThan}: replacements a crash interrupted.
   * {@link #open} runs it with {@link #SWAP_GRACE}.
   */
  public void recoverSwaps(Duration olderThan) {
    io(
        () -> {
          housekeeping().recoverSwaps(olderThan);
          return null;
        });
  }

  private Housekeeping housekeeping() {
    return new Housekeeping(fs, layout.root(), this::deleteIfEmpty);
  }

  void commit(Dataset<?> dataset, LocalDate day, Path staged) {
    Path partition = layout.partition(dataset.name(), day);
    io(
        () -> {
          if (exists(dataset, day)) {
            throw new PartitionExistsException(partition.toString());
          }
          if (!fs.rename(staged, partition)) {
            throw new LakeException("cannot commit " + staged + " as " + partition);
          }
          // Hadoop moves a folder INTO an existing target: another process committed the same
          // partition between the check above and the rename. Its files stay; ours go.
          Path nested = new Path(partition, staged.getName());
          if (fs.exists(nested)) {
            fs.delete(nested, true);
            throw new PartitionExistsException(partition.toString());
          }
          deleteIfEmpty(staged.getParent());
          return null;
        });
  }

  /** Tidies the staging root; another writer may have just put a folder there, then it stays. */
  void deleteIfEmpty(Path dir) {
    try {
      if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
        fs.delete(dir, false);
      }
    } catch (IOException e) {
      // not empty after all: a concurrent writer's staging folder, which is fine
    }
  }

  /** Swaps the staged folder in as the partition; see {@link PartitionSwap}. */
  void replace(Dataset<?> dataset, LocalDate day, Path staged) {
    io(
        () -> {
          swapOf(dataset, day).replaceWith(staged);
          deleteIfEmpty(staged.getParent());
          deleteIfEmpty(layout.swapRoot(dataset.name()));
          return null;
        });
  }

  PartitionSwap swapOf(Dataset<?> dataset, LocalDate day) {
    return new PartitionSwap(
        fs, layout.partition(dataset.name(), day), layout.swap(dataset.name(), day));
  }

  /**
   * The folder holding a partition's files: the partition itself, or during a swap's brief gap the
   * incoming folder of the swap. Re-checked because a swap may finish between the two looks.
   */
  private Path resolve(Dataset<?> dataset, LocalDate day) {
    Path partition = layout.partition(dataset.name(), day);
    return io(
        () -> {
          for (int attempt = 0; attempt < 3; attempt++) {
            if (fs.exists(partition)) {
              return partition;
            }
            Path incoming = swapOf(dataset, day).incoming();
            if (fs.exists(incoming)) {
              return incoming;
            }
          }
          throw new PartitionNotFoundException(partition.toString());
        });
  }

  FileSystem fs() {
    return fs;
  }

  Configuration conf() {
    return conf;
  }

  @Override
  public void close() {
    try {
      fs.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close lake " + location(), e);
    }
  }

  private interface IoAction<R> {
    R run() throws IOException;
  }

  private <R> R io(IoAction<R> action) {
    try {
      return action.run();
    } catch (IOException e) {
      throw new LakeException("lake " + location() + ": " + e.getMessage(), e);
    }
  }
}
