package dev.nightshift.platform.api.backfills;

import dev.nightshift.scheduler.schedule.DataInterval;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One accepted backfill: the intervals to run and how far creating their runs has got. The runs are
 * created in the background; their states are read from the store when asked.
 */
final class Backfill {
  enum Phase {
    CREATING,
    CREATED,
    FAILED
  }

  final long id;
  final String dagId;
  final Instant from;
  final Instant to;
  final Map<String, Object> conf;
  final List<DataInterval> intervals;
  final Instant createdAt;
  final AtomicInteger created = new AtomicInteger();
  final AtomicInteger skipped = new AtomicInteger();
  final AtomicReference<Phase> phase = new AtomicReference<>(Phase.CREATING);
  final AtomicReference<String> error = new AtomicReference<>();

  Backfill(
      long id,
      String dagId,
      Instant from,
      Instant to,
      Map<String, Object> conf,
      List<DataInterval> intervals,
      Instant createdAt) {
    this.id = id;
    this.dagId = dagId;
    this.from = from;
    this.to = to;
    this.conf = Map.copyOf(conf);
    this.intervals = List.copyOf(intervals);
    this.createdAt = createdAt;
  }
}
