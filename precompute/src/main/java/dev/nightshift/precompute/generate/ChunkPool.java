package dev.nightshift.precompute.generate;

import dev.nightshift.precompute.model.Chunk;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Chunks shared by many files (think of the same installer or photo saved by many users), plus
 * orphans that no version names any more: the garbage collector's work, some past and some within a
 * grace period. File slices count references concurrently; the pool's rows are written after every
 * file slice has finished, with the final counts.
 */
final class ChunkPool {
  private static final long MAX_CHUNK_BYTES = 4L * 1024 * 1024;

  /** Older than any generated file version, so a shared chunk exists before its first use. */
  private static final Duration SHARED_AGE = Duration.ofDays(800);

  private final long seed;
  private final Instant end;
  private final AtomicIntegerArray refcounts;
  private final int orphans;

  ChunkPool(GeneratorConfig config) {
    this.seed = config.seed();
    this.end = config.end();
    int files = config.volumes().files();
    this.refcounts = new AtomicIntegerArray(Math.max(10, files / 100));
    this.orphans = Math.max(2, files / 200);
  }

  int size() {
    return refcounts.length();
  }

  void reference(int index) {
    refcounts.incrementAndGet(index);
  }

  String hash(int index) {
    return ChunkHash.of(seed, "shared", index, 0);
  }

  long bytes(int index) {
    return chunkBytes(Mix.hash(seed, "shared-size", index));
  }

  static long chunkBytes(long hash) {
    return 1 + Math.floorMod(hash, MAX_CHUNK_BYTES);
  }

  Chunk shared(int index) {
    Instant createdAt =
        end.minus(SHARED_AGE)
            .minusSeconds(Math.floorMod(Mix.hash(seed, "shared-age", index), 86_400L * 30));
    return new Chunk(hash(index), bytes(index), refcounts.get(index), createdAt);
  }

  int orphans() {
    return orphans;
  }

  /** Half of the orphans are a few hours old (within any sensible grace period), half are old. */
  Chunk orphan(int index) {
    long ageSeconds =
        index % 2 == 0
            ? Math.floorMod(Mix.hash(seed, "orphan-age", index), 6 * 3600L)
            : 86_400L * (30 + Math.floorMod(Mix.hash(seed, "orphan-age", index), 300L));
    return new Chunk(
        ChunkHash.of(seed, "orphan", index, 0),
        chunkBytes(Mix.hash(seed, "orphan-size", index)),
        0,
        end.minusSeconds(ageSeconds + 1));
  }
}
