package dev.nightshift.precompute.generate;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The hashtag vocabulary, ranked by popularity: tag of rank r (1-based) is drawn with probability
 * proportional to 1/r^{@value #ZIPF_EXPONENT} (Zipf). The first ranks are common real words, the
 * rest pronounceable made-up names.
 */
public final class Hashtags {
  public static final int VOCABULARY = 10_000;
  public static final double ZIPF_EXPONENT = 1.0;

  private static final List<String> COMMON =
      List.of(
          "love",
          "music",
          "travel",
          "food",
          "football",
          "news",
          "photography",
          "art",
          "fashion",
          "nature",
          "fitness",
          "tech",
          "summer",
          "coffee",
          "sunset",
          "gaming",
          "movies",
          "books",
          "dogs",
          "cats",
          "weekend",
          "friends",
          "family",
          "beach",
          "design",
          "science",
          "running",
          "cooking",
          "startup",
          "election",
          "weather",
          "concert",
          "basketball",
          "cinema",
          "anime",
          "crypto",
          "health",
          "yoga",
          "street",
          "nightlife");
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "ba", "do", "fi", "gu", "ha", "jo", "ke",
    "la", "mo", "nu", "pi"
  };

  private static final double[] CUMULATIVE = zipf();

  private Hashtags() {}

  private static double[] zipf() {
    double[] weights = new double[VOCABULARY];
    for (int rank = 1; rank <= VOCABULARY; rank++) {
      weights[rank - 1] = 1.0 / Math.pow(rank, ZIPF_EXPONENT);
    }
    return Draw.cumulative(weights);
  }

  /** The tag of a popularity rank (1-based), without the leading '#'. */
  public static String name(int rank) {
    if (rank < 1 || rank > VOCABULARY) {
      throw new IllegalArgumentException("rank must be in [1, " + VOCABULARY + "]: " + rank);
    }
    if (rank <= COMMON.size()) {
      return COMMON.get(rank - 1);
    }
    StringBuilder name = new StringBuilder();
    int n = rank;
    while (n > 0) {
      name.append(SYLLABLES[n % SYLLABLES.length]);
      n /= SYLLABLES.length;
    }
    return name.toString();
  }

  /** A popularity rank drawn from the Zipf distribution. */
  static int drawRank(RandomGenerator random) {
    return Draw.weightedIndex(random, CUMULATIVE) + 1;
  }
}
