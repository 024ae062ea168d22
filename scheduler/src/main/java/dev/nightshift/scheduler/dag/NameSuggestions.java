package dev.nightshift.scheduler.dag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?" for misspelt field names, task types and time zones. */
final class NameSuggestions {

  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

  private NameSuggestions() {}

  /**
   * The known name closest to {@code unknown}, if it is close enough to be a typo, or if the
   * unknown name is a known one with a prefix or suffix (Airflow's {@code dag_id},
   * {@code schedule_interval}).
   */
  static Optional<String> closest(String unknown, Collection<String> known) {
    String lower = unknown.toLowerCase(java.util.Locale.ROOT);
    int allowed = lower.length() < 3 ? 0 : Math.max(1, lower.length() / 3);
    Optional<String> typo =
        known.stream()
            .filter(k -> DISTANCE.apply(lower, k.toLowerCase(java.util.Locale.ROOT)) <= allowed)
            .min(Comparator.comparingInt(k -> DISTANCE.apply(lower, k.toLowerCase(java.util.Locale.ROOT))));
    if (typo.isPresent()) {
      return typo;
    }
    return known.stream()
        .filter(k -> lower.endsWith("_" + k) || lower.startsWith(k + "_"))
        .max(Comparator.comparingInt(String::length));
  }

  /** {@code "; did you mean 'x'?"} or nothing. */
  static String hint(String unknown, Collection<String> known) {
    return closest(unknown, known).map(k -> "; did you mean '" + k + "'?").orElse("");
  }
}
