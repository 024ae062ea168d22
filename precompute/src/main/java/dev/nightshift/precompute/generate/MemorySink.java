package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.FileRoll;
import dev.nightshift.precompute.lake.RowWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps generated rows in memory, for tests at small scales. */
public final class MemorySink implements RowSink {
  private final Map<String, Map<Integer, List<Object>>> slices = new ConcurrentHashMap<>();
  private final Map<String, List<Object>> committed = new ConcurrentHashMap<>();

  @Override
  public void prepare(Dataset<?> dataset, LocalDate day) {
    slices.computeIfAbsent(key(dataset.name(), day), k -> new TreeMap<>());
  }

  @Override
  public <T> RowWriter<T> open(Dataset<T> dataset, LocalDate day, int slice, FileRoll roll) {
    List<Object> rows = new ArrayList<>();
    Map<Integer, List<Object>> partition = slices.get(key(dataset.name(), day));
    if (partition == null) {
      throw new IllegalStateException(
          "partition " + key(dataset.name(), day) + " was not prepared");
    }
    synchronized (partition) {
      partition.put(slice, rows);
    }
    return new RowWriter<>() {
      @Override
      public void write(T row) {
        rows.add(row);
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public void commit() {
    slices.forEach(
        (key, partition) -> {
          List<Object> rows = new ArrayList<>();
          synchronized (partition) {
            partition.values().forEach(rows::addAll);
          }
          committed.put(key, rows);
        });
    slices.clear();
  }

  @Override
  public void abort() {
    slices.clear();
  }

  /** The rows of one partition, in partition order; empty if it was not written. */
  @SuppressWarnings("unchecked")
  public <T> List<T> rows(Dataset<T> dataset, LocalDate day) {
    return (List<T>) committed.getOrDefault(key(dataset.name(), day), List.of());
  }

  /** The rows of every partition of a dataset, day by day. */
  public <T> List<T> rows(Dataset<T> dataset) {
    List<T> all = new ArrayList<>();
    new TreeMap<>(committed)
        .forEach(
            (key, rows) -> {
              if (key.startsWith(dataset.name() + "/")) {
                all.addAll(rows(dataset, LocalDate.parse(key.substring(key.indexOf('/') + 1))));
              }
            });
    return all;
  }

  private static String key(String dataset, LocalDate day) {
    return dataset + "/" + day;
  }
}
