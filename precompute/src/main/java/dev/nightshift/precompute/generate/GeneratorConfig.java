package dev.nightshift.precompute.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What to generate: {@code scale} 1.0 is about 100,000 users; {@code days} days of events ending
 * with {@code endDate} (inclusive). Snapshot datasets (users, follows, files, versions, chunks) are
 * written once, dated {@code endDate}.
 */
public record GeneratorConfig(double scale, int days, long seed, LocalDate endDate) {
  /** A billion users: post ids leave room for ten billion posts a day. */
  public static final double MAX_SCALE = 10_000;

  public GeneratorConfig {
    if (!(scale > 0 && scale <= MAX_SCALE)) {
      throw new IllegalArgumentException(
          "scale must be greater than 0 and at most " + (int) MAX_SCALE + ", got " + scale);
    }
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, got " + days);
    }
  }

  /** The {@code days} days ending yesterday (UTC), so that the data is recent. */
  public static GeneratorConfig endingYesterday(double scale, int days, long seed) {
    return new GeneratorConfig(scale, days, seed, LocalDate.now(ZoneOffset.UTC).minusDays(1));
  }

  public LocalDate firstDate() {
    return endDate.minusDays(days - 1L);
  }

  public List<LocalDate> dates() {
    return firstDate().datesUntil(endDate.plusDays(1)).toList();
  }

  /** The end of the generated period: midnight UTC after {@code endDate}. */
  public Instant end() {
    return endDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  public Volumes volumes() {
    return Volumes.of(scale);
  }
}
