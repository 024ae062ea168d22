package dev.nightshift.batch;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.Lake;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Reads the generated lake the way the tests hand it to precompute's in-memory builders. */
final class ReferenceBuilds {
  private ReferenceBuilds() {}

  static <T> List<T> range(Path lakePath, Dataset<T> dataset, LocalDate from, LocalDate to) {
    try (Lake lake = Lake.open(lakePath.toString());
        Stream<T> rows = lake.read(dataset, from, to)) {
      return rows.toList();
    }
  }

  static <T> List<T> snapshot(Path lakePath, Dataset<T> dataset) {
    try (Lake lake = Lake.open(lakePath.toString())) {
      List<LocalDate> days = lake.partitions(dataset);
      return lake.readAll(dataset, days.get(days.size() - 1));
    }
  }
}
