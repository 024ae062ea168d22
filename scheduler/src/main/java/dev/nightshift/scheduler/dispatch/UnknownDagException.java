package dev.nightshift.scheduler.dispatch;

import java.util.Collection;
import java.util.TreeSet;

/** An operation named a DAG that is not loaded. */
public class UnknownDagException extends RuntimeException {
  public UnknownDagException(String dagId, Collection<String> known) {
    super("no DAG with id '" + dagId + "' is loaded; loaded DAGs: "
        + String.join(", ", new TreeSet<>(known)));
  }
}
