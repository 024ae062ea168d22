package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.FileRoll;
import dev.nightshift.precompute.lake.RowWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;

/** The writers of one running slice; counts rows per dataset and reports progress in batches. */
final class SliceOutput implements AutoCloseable {
  private static final int PROGRESS_BATCH = 10_000;

  private final RowSink sink;
  private final LocalDate day;
  private final int slice;
  private final Map<Dataset<?>, FileRoll> rolls;
  private final Map<String, LongAdder> rowsByDataset;
  private final LongConsumer progress;
  private final List<CountingWriter<?>> writers = new ArrayList<>();

  SliceOutput(
      RowSink sink,
      LocalDate day,
      int slice,
      Map<Dataset<?>, FileRoll> rolls,
      Map<String, LongAdder> rowsByDataset,
      LongConsumer progress) {
    this.sink = sink;
    this.day = day;
    this.slice = slice;
    this.rolls = rolls;
    this.rowsByDataset = rowsByDataset;
    this.progress = progress;
  }

  LocalDate day() {
    return day;
  }

  int slice() {
    return slice;
  }

  <T> RowWriter<T> writer(Dataset<T> dataset) {
    RowWriter<T> target =
        sink.open(dataset, day, slice, rolls.getOrDefault(dataset, FileRoll.DEFAULT));
    CountingWriter<T> writer = new CountingWriter<>(target, rowsByDataset.get(dataset.name()));
    writers.add(writer);
    return writer;
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    for (CountingWriter<?> writer : writers) {
      try {
        writer.close();
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private final class CountingWriter<T> implements RowWriter<T> {
    private final RowWriter<T> target;
    private final LongAdder total;
    private int unreported;
    private boolean closed;

    CountingWriter(RowWriter<T> target, LongAdder total) {
      this.target = target;
      this.total = total;
    }

    @Override
    public void write(T row) {
      target.write(row);
      if (++unreported == PROGRESS_BATCH) {
        report();
      }
    }

    private void report() {
      total.add(unreported);
      progress.accept(unreported);
      unreported = 0;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        report();
        target.close();
      }
    }
  }
}
