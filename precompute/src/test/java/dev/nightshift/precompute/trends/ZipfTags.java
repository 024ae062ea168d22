package dev.nightshift.precompute.trends;

import java.util.Arrays;
import java.util.Random;

/** Draws tag ranks with Zipf(s) popularity: rank r is drawn with weight 1 / r^s. */
final class ZipfTags {
  private final double[] cumulative;
  private final Random random;

  ZipfTags(int tags, double s, long seed) {
    cumulative = new double[tags];
    double sum = 0;
    for (int r = 1; r <= tags; r++) {
      sum += 1 / Math.pow(r, s);
      cumulative[r - 1] = sum;
    }
    random = new Random(seed);
  }

  String next() {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, u);
    return "tag" + (i >= 0 ? i : -i - 1);
  }

  long nextAuthor(int authors) {
    return random.nextInt(authors);
  }
}
