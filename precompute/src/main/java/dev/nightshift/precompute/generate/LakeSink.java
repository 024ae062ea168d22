package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.FileRoll;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.RowWriter;
import dev.nightshift.precompute.lake.StagedPartition;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes each partition through the lake's staging, so every partition appears whole. Partitions
 * commit one after the other at the end: a run that fails leaves no partition of its own behind, a
 * crash during the final commits may leave some.
 */
public final class LakeSink implements RowSink {
  private final Lake lake;
  private final Map<String, StagedPartition<?>> staged = new LinkedHashMap<>();

  public LakeSink(Lake lake) {
    this.lake = lake;
  }

  @Override
  public synchronized void prepare(Dataset<?> dataset, LocalDate day) {
    staged.computeIfAbsent(key(dataset, day), k -> lake.stage(dataset, day));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> RowWriter<T> open(Dataset<T> dataset, LocalDate day, int slice, FileRoll roll) {
    StagedPartition<T> partition;
    synchronized (this) {
      partition = (StagedPartition<T>) staged.get(key(dataset, day));
    }
    if (partition == null) {
      throw new IllegalStateException("partition " + key(dataset, day) + " was not prepared");
    }
    return partition.writer(slice, roll);
  }

  @Override
  public synchronized void commit() {
    for (StagedPartition<?> partition : staged.values()) {
      partition.commit();
    }
    staged.clear();
  }

  @Override
  public synchronized void abort() {
    for (StagedPartition<?> partition : staged.values()) {
      partition.close();
    }
    staged.clear();
  }

  private static String key(Dataset<?> dataset, LocalDate day) {
    return dataset.name() + "/" + day;
  }
}
