package dev.nightshift.airflow.mirror;

import dev.nightshift.airflow.client.AirflowClient;
import dev.nightshift.airflow.client.AirflowDag;
import dev.nightshift.airflow.runner.AirflowConnections;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the DAGs and their latest runs from every configured Airflow connection. Nothing is read
 * until {@link #refresh} is called: on demand, or on the platform's interval when one is set. A
 * refresh costs one request per page of DAGs and one per DAG for its runs.
 */
public final class AirflowMirror {
  static final int PAGE = 100;

  private final AirflowConnections connections;
  private final InstantSource clock;
  private final int runsPerDag;
  private final AtomicReference<MirrorSnapshot> snapshot = new AtomicReference<>(MirrorSnapshot.EMPTY);

  public AirflowMirror(AirflowConnections connections, InstantSource clock, int runsPerDag) {
    this.connections = connections;
    this.clock = clock;
    this.runsPerDag = runsPerDag;
  }

  public MirrorSnapshot snapshot() {
    return snapshot.get();
  }

  /** Reads every connection again; one that fails keeps what was read before, with the error. */
  public synchronized MirrorSnapshot refresh() {
    MirrorSnapshot before = snapshot.get();
    List<MirroredDag> dags = new ArrayList<>();
    Map<String, Instant> refreshedAt = new HashMap<>(before.refreshedAt());
    Map<String, String> errors = new HashMap<>();
    for (String name : connections.names()) {
      try {
        dags.addAll(read(name));
        refreshedAt.put(name, clock.instant());
      } catch (RuntimeException e) {
        errors.put(name, e.getMessage() == null ? e.toString() : e.getMessage());
        before.dags().stream().filter(d -> d.connection().equals(name)).forEach(dags::add);
      }
    }
    dags.sort(Comparator.comparing(MirroredDag::connection).thenComparing(d -> d.dag().dagId()));
    MirrorSnapshot after = new MirrorSnapshot(dags, refreshedAt, errors);
    snapshot.set(after);
    return after;
  }

  private List<MirroredDag> read(String connection) {
    AirflowClient airflow = connections.client(connection);
    List<MirroredDag> dags = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<AirflowDag> page = airflow.listDags(PAGE, offset);
      for (AirflowDag dag : page) {
        dags.add(new MirroredDag(connection, dag, airflow.listRuns(dag.dagId(), runsPerDag)));
      }
      if (page.size() < PAGE) {
        return dags;
      }
    }
  }
}
