package dev.nightshift.scheduler.dispatch;

/** A pool's size and the slots its running tasks hold (more than the size after a shrink). */
public record PoolUsage(int slots, int used) {

  public int free() {
    return Math.max(0, slots - used);
  }
}
