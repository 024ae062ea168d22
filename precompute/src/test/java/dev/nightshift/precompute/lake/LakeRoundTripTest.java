package dev.nightshift.precompute.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeRoundTripTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @TempDir Path dir;

  @Test
  void every_dataset_reads_back_the_rows_it_wrote() {
    try (Lake lake = Lake.create(dir.resolve("lake").toString())) {
      for (Dataset<?> dataset : Datasets.ALL) {
        assertRoundTrip(lake, dataset);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void assertRoundTrip(Lake lake, Dataset<T> dataset) {
    List<T> rows = (List<T>) SampleRows.BY_DATASET.get(dataset);
    lake.write(dataset, DAY, rows);
    assertThat(lake.readAll(dataset, DAY)).as(dataset.name()).isEqualTo(rows);
  }

  @Test
  void partitions_are_listed_by_day_and_ranges_read_in_day_order() {
    try (Lake lake = Lake.create(dir.toString())) {
      List<LocalDate> days = List.of(DAY, DAY.minusDays(2), DAY.minusDays(1));
      for (LocalDate day : days) {
        lake.write(Datasets.MESSAGES, day, SampleRows.messages(2, day.getDayOfMonth()));
      }
      assertThat(lake.partitions(Datasets.MESSAGES))
          .containsExactly(DAY.minusDays(2), DAY.minusDays(1), DAY);
      assertThat(lake.partitions(Datasets.MESSAGES, DAY.minusDays(1), DAY.plusDays(3)))
          .containsExactly(DAY.minusDays(1), DAY);
      assertThat(lake.partitions(Datasets.POSTS)).isEmpty();
      assertThat(lake.snapshotOn(Datasets.MESSAGES, DAY.plusDays(5))).contains(DAY);
      assertThat(lake.snapshotOn(Datasets.MESSAGES, DAY.minusDays(1))).contains(DAY.minusDays(1));
      assertThat(lake.snapshotOn(Datasets.MESSAGES, DAY.minusDays(3))).isEmpty();
      try (Stream<?> rows = lake.read(Datasets.MESSAGES, DAY.minusDays(1), DAY)) {
        assertThat(rows.count()).isEqualTo(2 * 19 + 2 * 20);
      }
    }
  }

  @Test
  void slices_written_by_several_writers_come_back_in_slice_order_across_rolled_files() {
    try (Lake lake = Lake.create(dir.toString());
        StagedPartition<dev.nightshift.precompute.model.Message> staged =
            lake.stage(Datasets.MESSAGES, DAY)) {
      var all = SampleRows.messages(10, 30);
      try (var second = staged.writer(1, FileRoll.everyRows(40));
          var first = staged.writer(0, FileRoll.everyRows(40))) {
        all.subList(150, 300).forEach(second::write);
        all.subList(0, 150).forEach(first::write);
      }
      staged.commit();
      assertThat(lake.files(Datasets.MESSAGES, DAY)).hasSize(8);
      assertThat(lake.readAll(Datasets.MESSAGES, DAY)).isEqualTo(all);
    }
  }
}
