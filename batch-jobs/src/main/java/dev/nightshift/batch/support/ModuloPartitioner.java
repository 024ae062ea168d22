package dev.nightshift.batch.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits keys by hash: partition {@code i} of {@code n} takes the keys whose mixed hash modulo
 * {@code n} is {@code i}. The key is mixed first because keys need not be spread in their low bits
 * (every H3 cell index of a coarse resolution is odd).
 */
public final class ModuloPartitioner implements Partitioner {
  public static final String PARTITION = "partition";
  public static final String PARTITIONS = "partitions";

  @Override
  public Map<String, ExecutionContext> partition(int gridSize) {
    Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
    for (int i = 0; i < gridSize; i++) {
      ExecutionContext context = new ExecutionContext();
      context.putInt(PARTITION, i);
      context.putInt(PARTITIONS, gridSize);
      partitions.put("partition" + i, context);
    }
    return partitions;
  }

  /** True when {@code key} belongs to the partition described by {@code context}. */
  public static boolean owns(ExecutionContext context, long key) {
    return Math.floorMod(mix(key), context.getInt(PARTITIONS, 1)) == context.getInt(PARTITION, 0);
  }

  /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
  static long mix(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
