package dev.nightshift.precompute.generate;

/** Content hashes that look like SHA-256 (64 hex digits), derived from what the chunk is. */
final class ChunkHash {
  private ChunkHash() {}

  static String of(long seed, String kind, long a, long b) {
    StringBuilder hex = new StringBuilder(64);
    long h = Mix.hash(seed, kind, a, b);
    for (int i = 0; i < 4; i++) {
      h = Mix.mix(h + i);
      String word = Long.toHexString(h);
      hex.append("0".repeat(16 - word.length())).append(word);
    }
    return hex.toString();
  }
}
