package dev.nightshift.airflow.mirror;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the mirror holds: the DAGs of every connection that answered, when it was read, and for a
 * connection that did not answer at its last refresh, why (its DAGs are then the ones read before).
 */
public record MirrorSnapshot(List<MirroredDag> dags, Map<String, Instant> refreshedAt, Map<String, String> errors) {
  public static final MirrorSnapshot EMPTY = new MirrorSnapshot(List.of(), Map.of(), Map.of());

  public MirrorSnapshot {
    dags = List.copyOf(dags);
    refreshedAt = Map.copyOf(refreshedAt);
    errors = Map.copyOf(errors);
  }
}
