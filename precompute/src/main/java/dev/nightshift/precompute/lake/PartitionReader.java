package dev.nightshift.precompute.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetReader;

/** Streams the rows of a list of part files, one file open at a time, in list order. */
final class PartitionReader<T> implements Iterator<T>, AutoCloseable {
  private final Configuration conf;
  private final Configuration readConf;
  private final Dataset<T> dataset;
  private final SchemaCheck schemaCheck;
  private final Iterator<PartFile> files;
  private PartFile file;
  private ParquetReader<GenericRecord> reader;
  private long rowInFile;
  private T next;

  PartitionReader(Configuration conf, Dataset<T> dataset, List<PartFile> files) {
    this.conf = conf;
    this.readConf = ParquetIo.readConf(conf, dataset.schema());
    this.dataset = dataset;
    this.schemaCheck = new SchemaCheck(dataset, conf);
    this.files = files.iterator();
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (reader == null && !openNextFile()) {
        return false;
      }
      GenericRecord row = readRow();
      if (row == null) {
        closeReader();
      } else {
        next = convert(row);
      }
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T result = next;
    next = null;
    return result;
  }

  private boolean openNextFile() {
    if (!files.hasNext()) {
      return false;
    }
    file = files.next();
    rowInFile = 0;
    try {
      schemaCheck.check(file.path(), ParquetIo.fileSchema(conf, file.path()));
      reader = ParquetIo.reader(readConf, file.path());
      return true;
    } catch (IOException | RuntimeException e) {
      if (e instanceof LakeException lakeException) {
        throw lakeException;
      }
      throw corrupt("cannot open", e);
    }
  }

  private GenericRecord readRow() {
    try {
      GenericRecord row = reader.read();
      rowInFile++;
      return row;
    } catch (IOException | RuntimeException e) {
      throw corrupt("cannot read row " + (rowInFile + 1) + " of", e);
    }
  }

  private T convert(GenericRecord row) {
    try {
      return dataset.fromRow(row);
    } catch (RuntimeException e) {
      throw corrupt("cannot convert row " + rowInFile + " to " + dataset + " in", e);
    }
  }

  private CorruptLakeFileException corrupt(String what, Exception cause) {
    closeQuietly();
    return new CorruptLakeFileException(
        what + " Parquet file " + file.path() + ": " + cause.getMessage(), cause);
  }

  private void closeReader() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file.path(), e);
    } finally {
      reader = null;
    }
  }

  private void closeQuietly() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // the failure being reported matters more than the one closing it
      }
      reader = null;
    }
  }

  @Override
  public void close() {
    closeQuietly();
  }
}
