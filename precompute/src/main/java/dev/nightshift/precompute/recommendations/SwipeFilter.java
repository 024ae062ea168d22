package dev.nightshift.precompute.recommendations;

import static dev.nightshift.precompute.ParameterChecks.between;

import java.util.Collection;
import org.apache.datasketches.filters.bloomfilter.BloomFilter;
import org.apache.datasketches.filters.bloomfilter.BloomFilterBuilder;
import org.apache.datasketches.memory.Memory;

/**
 * The candidates one user has already swiped, as a Bloom filter sized for that user's swipe count
 * at a target false-positive rate. It never forgets a swipe (no false negatives), so a swiped
 * candidate is never shown again; at the false-positive rate it wrongly holds back one that was
 * never swiped. The hash seed is fixed, so every engine holds back the same candidates.
 */
public final class SwipeFilter {
  /** Fixed so that a filter built anywhere answers the same; any constant would do. */
  static final long SEED = 0x6E69676874L;

  private final BloomFilter filter;

  private SwipeFilter(BloomFilter filter) {
    this.filter = filter;
  }

  public static SwipeFilter of(Collection<Long> swipedIds, double targetFpp) {
    between("swipe filter fpp", targetFpp, 1e-9, 0.5);
    BloomFilter filter =
        BloomFilterBuilder.createByAccuracy(Math.max(1, swipedIds.size()), targetFpp, SEED);
    for (long id : swipedIds) {
      filter.update(id);
    }
    return new SwipeFilter(filter);
  }

  /** True for every swiped candidate, and for a few others at the false-positive rate. */
  public boolean mightHaveSwiped(long candidateId) {
    return filter.query(candidateId);
  }

  public long sizeBits() {
    return filter.getCapacity();
  }

  public byte[] toBytes() {
    return filter.toByteArray();
  }

  public static SwipeFilter fromBytes(byte[] bytes) {
    return new SwipeFilter(BloomFilter.heapify(Memory.wrap(bytes)));
  }
}
