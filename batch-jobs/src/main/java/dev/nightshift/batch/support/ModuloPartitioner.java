package dev.nightshift.batch.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits keys by {@code Math.floorMod(hash, partitions)}: partition {@code i} of {@code n} takes
 * the keys whose hash falls on {@code i}. Hashing by user id spreads heavy and light users evenly.
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

  /** True when {@code hash} belongs to the partition described by {@code context}. */
  public static boolean owns(ExecutionContext context, long hash) {
    return Math.floorMod(hash, context.getInt(PARTITIONS, 1)) == context.getInt(PARTITION, 0);
  }
}
