package dev.nightshift.batch.support;

import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a partition's keys (user ids, trend regions) in a fixed order. The count of keys read is
 * saved with every committed chunk, so a restart continues after the last committed chunk.
 */
public final class KeyListReader<K> extends AbstractItemCountingItemStreamItemReader<K> {
  private final List<K> keys;

  public KeyListReader(List<K> keys) {
    this.keys = List.copyOf(keys);
    setName("keys");
  }

  @Override
  protected K doRead() {
    int next = getCurrentItemCount() - 1;
    return next < keys.size() ? keys.get(next) : null;
  }

  @Override
  protected void jumpToItem(int itemIndex) {
    // doRead indexes by the current count, which the base class has already restored.
  }

  @Override
  protected void doOpen() {}

  @Override
  protected void doClose() {}
}
