package dev.nightshift.precompute.lake;

/** Appends rows to one destination; used by one thread at a time. */
public interface RowWriter<T> extends AutoCloseable {
  void write(T row);

  /** Flushes and closes; a staged partition commits only once all its writers are closed. */
  @Override
  void close();
}
