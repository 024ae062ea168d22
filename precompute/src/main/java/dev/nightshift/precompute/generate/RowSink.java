package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.FileRoll;
import dev.nightshift.precompute.lake.RowWriter;
import java.time.LocalDate;

/**
 * Where generated rows go, partition by partition: the lake for real runs, memory for tests. A
 * partition's rows are the concatenation of its slices in slice order.
 */
public interface RowSink {
  /**
   * Declares a partition before any row is generated; the sink may refuse it (for example because
   * it already exists). Called from one thread.
   */
  void prepare(Dataset<?> dataset, LocalDate day);

  /** Opens the writer of one slice of a prepared partition. Thread-safe. */
  <T> RowWriter<T> open(Dataset<T> dataset, LocalDate day, int slice, FileRoll roll);

  /** Makes every prepared partition visible; called once all slice writers are closed. */
  void commit();

  /** Drops every prepared partition that was not committed. */
  void abort();
}
