package dev.nightshift.precompute.lake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/** Column types and value conversions shared by the dataset definitions. */
public final class Columns {
  /** Timestamps are UTC milliseconds, annotated so that Spark reads them as TIMESTAMP. */
  public static final Schema TIMESTAMP =
      LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));

  public static final Schema STRING_LIST = SchemaBuilder.array().items().stringType();

  private Columns() {}

  public static long millis(Instant instant) {
    return instant.toEpochMilli();
  }

  public static Instant instant(Object millis) {
    return Instant.ofEpochMilli((Long) millis);
  }

  /** Strings come back from Parquet as Avro {@code Utf8}; null stays null. */
  public static String string(Object value) {
    return value == null ? null : value.toString();
  }

  public static List<String> strings(Object value) {
    List<?> values = (List<?>) value;
    List<String> result = new ArrayList<>(values.size());
    for (Object v : values) {
      result.add(v.toString());
    }
    return result;
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, Object value) {
    return Enum.valueOf(type, value.toString());
  }
}
