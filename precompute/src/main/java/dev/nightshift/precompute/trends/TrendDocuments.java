package dev.nightshift.precompute.trends;

import dev.nightshift.precompute.serving.document.TrendsDocument;
import java.time.Duration;
import java.util.List;

/** One region's trending tags as the serving document apps read, under {@code <window>@<region>}. */
public final class TrendDocuments {
  public static final String GLOBAL = "global";

  private TrendDocuments() {}

  /**
   * @param region an H3 cell, or {@code 0} for the global list
   */
  public static TrendsDocument of(Duration window, long region, List<TrendingTag> tags) {
    return new TrendsDocument(
        windowLabel(window),
        region == 0 ? GLOBAL : String.format("%015x", region),
        tags.stream()
            .map(
                t ->
                    new TrendsDocument.Item(
                        "#" + t.tag(), t.estimatedCount(), t.uniqueAuthorsEstimate(), t.score()))
            .toList());
  }

  /** {@code 15m}, {@code 1h}, {@code 1d}: the largest unit that divides the window. */
  static String windowLabel(Duration window) {
    long minutes = window.toMinutes();
    if (minutes % (24 * 60) == 0) {
      return minutes / (24 * 60) + "d";
    }
    return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
  }
}
