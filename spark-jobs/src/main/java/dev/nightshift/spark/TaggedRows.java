package dev.nightshift.spark;

import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * Rows of several kinds in one shuffle: each row carries the group it goes to ({@code g}), its kind
 * ({@code tag}) and up to three longs and a string ({@code a}, {@code b}, {@code c}, {@code s}).
 * Grouping the union by {@code g} gives each group every row its computation needs, the way a
 * cogroup would, with one schema.
 */
public final class TaggedRows {
  public static final String GROUP = "g";

  private TaggedRows() {}

  /** The group of a user (or any key) among {@code groups}: the same on every executor. */
  public static Column groupOf(Column key, int groups) {
    return pmod(hash(key), lit(groups));
  }

  /** {@code rows} as tagged rows: the group column and the values, padded with nulls. */
  public static Dataset<Row> tag(Dataset<Row> rows, Column group, int tag, Column... values) {
    Column[] columns = new Column[6];
    columns[0] = group.cast(DataTypes.IntegerType).as(GROUP);
    columns[1] = lit(tag).as("tag");
    String[] names = {"a", "b", "c", "s"};
    for (int i = 0; i < names.length; i++) {
      boolean isString = i == 3;
      Column value = i < values.length ? values[i] : expr("NULL");
      columns[2 + i] = value.cast(isString ? DataTypes.StringType : DataTypes.LongType).as(names[i]);
    }
    return rows.select(columns);
  }

  public static int tagOf(Row row) {
    return row.getInt(1);
  }

  public static long a(Row row) {
    return row.getLong(2);
  }

  public static long b(Row row) {
    return row.getLong(3);
  }

  public static long c(Row row) {
    return row.getLong(4);
  }

  public static String s(Row row) {
    return row.getString(5);
  }
}
