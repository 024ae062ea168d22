package dev.nightshift.precompute.generate;

import java.time.LocalDate;

/** Small generations shared by the generator tests. */
final class Generated {
  static final LocalDate END = LocalDate.of(2026, 11, 24);

  static MemorySink run(double scale, int days, long seed, int threads) {
    MemorySink sink = new MemorySink();
    new DataGenerator(new GeneratorConfig(scale, days, seed, END), threads).run(sink, rows -> {});
    return sink;
  }

  /** Great-circle distance in km. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(a));
  }

  private Generated() {}
}
