package dev.nightshift.precompute.lake;

import java.util.Objects;
import java.util.Set;
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
  private final Set<String> dictionaryColumns;

  public Dataset(
      String name,
      Schema schema,
      BiConsumer<T, GenericData.Record> toRow,
      Function<GenericRecord, T> fromRow) {
    this(name, schema, toRow, fromRow, Set.of());
  }

  private Dataset(
      String name,
      Schema schema,
      BiConsumer<T, GenericData.Record> toRow,
      Function<GenericRecord, T> fromRow,
      Set<String> dictionaryColumns) {
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("dataset name must be lower_snake_case: " + name);
    }
    this.name = name;
    this.schema = Objects.requireNonNull(schema);
    this.toRow = Objects.requireNonNull(toRow);
    this.fromRow = Objects.requireNonNull(fromRow);
    for (String column : dictionaryColumns) {
      if (schema.getField(column) == null) {
        throw new IllegalArgumentException("dataset " + name + " has no column " + column);
      }
    }
    this.dictionaryColumns = Set.copyOf(dictionaryColumns);
  }

  /**
   * The same dataset with dictionary encoding for the given low-cardinality columns (enum names,
   * for instance). Other columns are written plain: building a dictionary for ids, timestamps or
   * free text costs most of the write time and is thrown away when the dictionary overflows.
   */
  public Dataset<T> withDictionary(String... columns) {
    return new Dataset<>(name, schema, toRow, fromRow, Set.of(columns));
  }

  public Set<String> dictionaryColumns() {
    return dictionaryColumns;
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
