package dev.nightshift.precompute.compaction.files;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.FileRoll;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.PartFile;
import dev.nightshift.precompute.lake.RowWriter;
import dev.nightshift.precompute.lake.StagedPartition;
import dev.nightshift.precompute.model.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Merges a partition's small files into files of about the target size, then swaps the new files in
 * with {@link Lake#stageReplacement}: a crash at any point leaves the old files or the new ones,
 * never a mix and never fewer rows.
 *
 * <p>Rows keep their order, except in datasets with an {@link #ORDERS order}: messages come out
 * sorted by (conversation_id, seq), so that a conversation reads in sequence. Sorting holds the
 * partition's rows in memory; unsorted datasets stream. One compaction per partition at a time.
 */
public final class FileCompactor {
  /** Datasets whose compacted files are sorted, and by what. */
  public static final Map<Dataset<?>, Comparator<?>> ORDERS =
      Map.of(
          Datasets.MESSAGES,
          Comparator.comparingLong(Message::conversationId).thenComparingLong(Message::seq));

  private final Lake lake;
  private final CompactionTarget target;

  public FileCompactor(Lake lake, CompactionTarget target) {
    this.lake = lake;
    this.target = target;
  }

  /** Compacts each committed partition of the dataset in {@code [from, to]}. */
  public List<CompactionResult> compact(Dataset<?> dataset, LocalDate from, LocalDate to) {
    List<CompactionResult> results = new ArrayList<>();
    for (LocalDate day : lake.partitions(dataset, from, to)) {
      results.add(compact(dataset, day));
    }
    return results;
  }

  public <T> CompactionResult compact(Dataset<T> dataset, LocalDate day) {
    List<PartFile> before = lake.files(dataset, day);
    long bytesBefore = before.stream().mapToLong(PartFile::bytes).sum();
    if (!target.needsCompaction(before)) {
      return new CompactionResult(
          dataset.name(), day, false, before.size(), before.size(), bytesBefore, bytesBefore, -1);
    }
    long rows = 0;
    try (StagedPartition<T> staged = lake.stageReplacement(dataset, day)) {
      try (RowWriter<T> writer = staged.writer(0, FileRoll.atBytes(target.bytes()));
          Stream<T> input = ordered(dataset, lake.read(dataset, day))) {
        for (T row : (Iterable<T>) input::iterator) {
          writer.write(row);
          rows++;
        }
      }
      staged.commit();
    }
    List<PartFile> after = lake.files(dataset, day);
    return new CompactionResult(
        dataset.name(),
        day,
        true,
        before.size(),
        after.size(),
        bytesBefore,
        after.stream().mapToLong(PartFile::bytes).sum(),
        rows);
  }

  @SuppressWarnings("unchecked")
  private static <T> Stream<T> ordered(Dataset<T> dataset, Stream<T> rows) {
    Comparator<T> order = (Comparator<T>) ORDERS.get(dataset);
    return order == null ? rows : rows.sorted(order);
  }
}
