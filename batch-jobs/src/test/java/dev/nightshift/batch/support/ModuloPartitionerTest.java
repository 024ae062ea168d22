package dev.nightshift.batch.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ModuloPartitionerTest {

  @Test
  void every_key_belongs_to_exactly_one_partition_and_odd_keys_spread_over_both() {
    Map<String, ExecutionContext> partitions = new ModuloPartitioner().partition(2);
    List<Long> oddKeys = LongStream.range(0, 1000).map(i -> 0x830000000000000L + 2 * i + 1).boxed().toList();

    long inFirst = oddKeys.stream().filter(k -> ModuloPartitioner.owns(partitions.get("partition0"), k)).count();
    long inSecond = oddKeys.stream().filter(k -> ModuloPartitioner.owns(partitions.get("partition1"), k)).count();

    assertThat(inFirst + inSecond).isEqualTo(oddKeys.size());
    assertThat(inFirst).isBetween(400L, 600L);
  }
}
