package dev.nightshift.precompute.generate;

import static dev.nightshift.precompute.lake.Columns.TIMESTAMP;
import static dev.nightshift.precompute.lake.Columns.instant;
import static dev.nightshift.precompute.lake.Columns.millis;
import static dev.nightshift.precompute.lake.Columns.string;

import dev.nightshift.precompute.lake.Dataset;
import dev.nightshift.precompute.lake.Datasets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Ground truth for trend detection: during [{@code start}, {@code end}) users of {@code city} wrote
 * {@code posts} extra posts carrying {@code #tag}, on top of the tag's usual traffic.
 */
public record PlantedBurst(
    String tag, String city, double lat, double lon, Instant start, Instant end, int posts) {

  /** Written beside the inputs, dated with the generation's end date. */
  public static final Dataset<PlantedBurst> DATASET =
      new Dataset<>(
          "planted_bursts",
          Datasets.record("PlantedBurst")
              .requiredString("tag")
              .requiredString("city")
              .requiredDouble("lat")
              .requiredDouble("lon")
              .name("start")
              .type(TIMESTAMP)
              .noDefault()
              .name("end")
              .type(TIMESTAMP)
              .noDefault()
              .requiredInt("posts")
              .endRecord(),
          (b, row) -> {
            row.put(0, b.tag());
            row.put(1, b.city());
            row.put(2, b.lat());
            row.put(3, b.lon());
            row.put(4, millis(b.start()));
            row.put(5, millis(b.end()));
            row.put(6, b.posts());
          },
          row ->
              new PlantedBurst(
                  string(row.get(0)),
                  string(row.get(1)),
                  (Double) row.get(2),
                  (Double) row.get(3),
                  instant(row.get(4)),
                  instant(row.get(5)),
                  (Integer) row.get(6)));

  public LocalDate day() {
    return start.atZone(ZoneOffset.UTC).toLocalDate();
  }
}
