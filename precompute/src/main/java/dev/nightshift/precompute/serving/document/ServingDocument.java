package dev.nightshift.precompute.serving.document;

import java.util.List;
import java.util.OptionalDouble;

/** A document of the serving store: its key, its pageable items and its validation figure. */
public interface ServingDocument {
  /** The key it is stored and looked up under. */
  String key();

  List<? extends Scored> items();

  /**
   * The figure publish validation compares between versions: the mean item score; empty for a
   * document without items, which counts as a row but stays out of the score distribution.
   */
  default OptionalDouble scoreSummary() {
    return items().stream().mapToDouble(Scored::score).average();
  }

  /** An item with a ranking score. */
  interface Scored {
    double score();
  }

  /** A document kept per user, stored under the user's id. */
  interface PerUser extends ServingDocument {
    long userId();

    @Override
    default String key() {
      return UserKey.of(userId());
    }
  }
}
