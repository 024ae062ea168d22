package dev.nightshift.precompute.lake;

import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/** Checks that a part file holds every column of its dataset with the expected type. */
final class SchemaCheck {
  private final Dataset<?> dataset;
  private final MessageType expected;

  SchemaCheck(Dataset<?> dataset, Configuration conf) {
    this.dataset = dataset;
    this.expected = new AvroSchemaConverter(conf).convert(dataset.schema());
  }

  void check(Path file, MessageType actual) {
    for (Type field : expected.getFields()) {
      String name = field.getName();
      if (!actual.containsField(name)) {
        throw new SchemaMismatchException(
            file
                + ": field '"
                + name
                + "' of dataset "
                + dataset
                + " is missing; the file has "
                + actual.getFields().stream().map(Type::getName).collect(Collectors.joining(", ")));
      }
      Type found = actual.getType(name);
      if (!sameShape(field, found)) {
        throw new SchemaMismatchException(
            file
                + ": field '"
                + name
                + "' of dataset "
                + dataset
                + " is "
                + describe(found)
                + " in the file, expected "
                + describe(field));
      }
    }
  }

  private static boolean sameShape(Type wanted, Type found) {
    if (wanted.isPrimitive() != found.isPrimitive()) {
      return false;
    }
    if (wanted.isRepetition(Type.Repetition.REQUIRED)
        && !found.isRepetition(Type.Repetition.REQUIRED)) {
      return false;
    }
    return !wanted.isPrimitive()
        || wanted.asPrimitiveType().getPrimitiveTypeName()
            == found.asPrimitiveType().getPrimitiveTypeName();
  }

  private static String describe(Type type) {
    String repetition = type.getRepetition().name().toLowerCase();
    return type.isPrimitive()
        ? repetition + " " + type.asPrimitiveType().getPrimitiveTypeName()
        : repetition + " group";
  }
}
