package dev.nightshift.precompute.lake;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * One dataset of the lake: its folder name, its row schema (Avro, stored as Parquet) and the
 * conversion between a model record and a row. Field positions in the row follow the schema, so
 * Spark and other Parquet readers see the same column names and types.
 *
 * <p>Immutable and thread-safe.
 */
public final class Dataset<T> {
  private final String name;
  private final Schema schema;
  private final BiConsumer<T, GenericData.Record> toRow;
  private final Function<GenericRecord, T> fromRow;

  public Dataset(
      String name,
      Schema schema,
      BiConsumer<T, GenericData.Record> toRow,
      Function<GenericRecord, T> fromRow) {
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("dataset name must be lower_snake_case: " + name);
    }
    this.name = name;
    this.schema = Objects.requireNonNull(schema);
    this.toRow = Objects.requireNonNull(toRow);
    this.fromRow = Objects.requireNonNull(fromRow);
  }

  public String name() {
    return name;
  }

  public Schema schema() {
    return schema;
  }

  public GenericData.Record toRow(T value) {
    GenericData.Record row = new GenericData.Record(schema);
    toRow.accept(value, row);
    return row;
  }

  /** Converts a row read with this dataset's schema (fields in schema order). */
  public T fromRow(GenericRecord row) {
    return fromRow.apply(row);
  }

  @Override
  public String toString() {
    return name;
  }
}
