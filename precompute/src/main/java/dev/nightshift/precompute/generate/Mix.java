package dev.nightshift.precompute.generate;

import java.util.SplittableRandom;

/** Hashes that turn (seed, what, which) into independent random streams. */
final class Mix {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Mix() {}

  /** SplitMix64's finaliser: a bijective, well-spread 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long hash(long... parts) {
    long h = 0x243F6A8885A308D3L;
    for (long part : parts) {
      h = mix(h + GOLDEN + part);
    }
    return h;
  }

  static long hash(long seed, String salt, long... parts) {
    long h = mix(seed + salt.hashCode() * GOLDEN);
    for (long part : parts) {
      h = mix(h + GOLDEN + part);
    }
    return h;
  }

  static SplittableRandom random(long seed, String salt, long... parts) {
    return new SplittableRandom(hash(seed, salt, parts));
  }

  /** A uniform double in [0, 1) from a hash. */
  static double unit(long hash) {
    return (hash >>> 11) * 0x1.0p-53;
  }
}
