package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Dataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One unit of parallel work: slice {@code slice} of the partitions of {@code datasets} for {@code
 * day}. Slices are cut by entity or row ranges, never by thread, so their rows do not depend on how
 * many threads run them. Tasks of {@code phase} 1 start after every phase-0 task.
 */
record SliceTask(
    List<Dataset<?>> datasets,
    LocalDate day,
    int slice,
    long plannedRows,
    int phase,
    Consumer<SliceOutput> body) {

  static SliceTask of(
      Dataset<?> dataset, LocalDate day, int slice, long plannedRows, Consumer<SliceOutput> body) {
    return new SliceTask(List.of(dataset), day, slice, plannedRows, 0, body);
  }

  /**
   * Cuts {@code rowsPerDay} rows of each day into slices of at most {@code perSlice} rows; the body
   * gets its slice's output and row count.
   */
  static List<SliceTask> daily(
      List<LocalDate> days,
      Dataset<?> dataset,
      long rowsPerDay,
      long perSlice,
      BiConsumer<SliceOutput, Long> body) {
    List<SliceTask> tasks = new ArrayList<>();
    for (LocalDate day : days) {
      for (Range range : ranges(rowsPerDay, perSlice)) {
        tasks.add(
            of(dataset, day, range.slice(), range.size(), out -> body.accept(out, range.size())));
      }
    }
    return tasks;
  }

  /** Splits items {@code 1..total} into slices of at most {@code perSlice} (at least one slice). */
  static List<Range> ranges(long total, long perSlice) {
    int count = (int) Math.max(1, (total + perSlice - 1) / perSlice);
    List<Range> ranges = new ArrayList<>(count);
    for (int slice = 0; slice < count; slice++) {
      long first = slice * perSlice + 1;
      ranges.add(new Range(slice, first, Math.min(total, first + perSlice - 1)));
    }
    return ranges;
  }

  /** Items {@code first..last} (inclusive) of slice {@code slice}. */
  record Range(int slice, long first, long last) {
    long size() {
      return last - first + 1;
    }
  }
}
