package dev.nightshift.spark;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.lake.LakeInputs;
import dev.nightshift.precompute.lake.PartFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Projected Parquet scans of the lake's partitions. The part files are listed by precompute's
 * {@link Lake} (so staging folders and half-written files are never read) and only the named
 * columns are decoded; timestamps come back as epoch milliseconds, as the lake stores them.
 */
public final class LakeScan {
  private final SparkSession spark;
  private final Lake lake;

  public LakeScan(SparkSession spark, Lake lake) {
    this.spark = spark;
    this.lake = lake;
  }

  /** A column of the scan: its name and Spark type; {@link #millis} for a timestamp. */
  public record Col(String name, DataType type, boolean timestamp) {}

  public static Col longCol(String name) {
    return new Col(name, DataTypes.LongType, false);
  }

  public static Col stringCol(String name) {
    return new Col(name, DataTypes.StringType, false);
  }

  public static Col intCol(String name) {
    return new Col(name, DataTypes.IntegerType, false);
  }

  public static Col doubleCol(String name) {
    return new Col(name, DataTypes.DoubleType, false);
  }

  /** A timestamp column, read as epoch milliseconds under the same name. */
  public static Col millis(String name) {
    return new Col(name, DataTypes.TimestampType, true);
  }

  /** The dated partitions of {@code dataset} from {@code from} to {@code to}, both included. */
  public org.apache.spark.sql.Dataset<Row> days(
      Dataset<?> dataset, LocalDate from, LocalDate to, Col... columns) {
    List<String> paths = new ArrayList<>();
    for (LocalDate day : lake.partitions(dataset, from, to)) {
      lake.files(dataset, day).stream().map(PartFile::path).map(Object::toString).forEach(paths::add);
    }
    return read(paths, columns);
  }

  /** The newest partition of a snapshot dataset; fails with its path when it has none. */
  public org.apache.spark.sql.Dataset<Row> snapshot(Dataset<?> dataset, Col... columns) {
    LocalDate day = LakeInputs.snapshot(lake, dataset);
    return read(lake.files(dataset, day).stream().map(f -> f.path().toString()).toList(), columns);
  }

  private org.apache.spark.sql.Dataset<Row> read(List<String> paths, Col... columns) {
    List<StructField> fields = new ArrayList<>();
    List<Column> select = new ArrayList<>();
    for (Col c : columns) {
      fields.add(DataTypes.createStructField(c.name(), c.type(), true));
      select.add(c.timestamp()
          ? functions.unix_millis(functions.col(c.name())).as(c.name())
          : functions.col(c.name()));
    }
    StructType schema = DataTypes.createStructType(fields);
    org.apache.spark.sql.Dataset<Row> rows = paths.isEmpty()
        ? spark.createDataFrame(List.<Row>of(), schema)
        : spark.read().schema(schema).parquet(paths.toArray(String[]::new));
    return rows.select(select.toArray(Column[]::new));
  }
}
