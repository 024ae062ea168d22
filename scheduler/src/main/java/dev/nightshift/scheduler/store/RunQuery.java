package dev.nightshift.scheduler.store;

import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import java.time.Instant;
import java.util.Set;

/**
 * Which runs to list, in which order, which page. Null bounds and an empty state or type set mean
 * "no filter"; the bounds are inclusive.
 *
 * @param dagId null for the runs of every DAG
 * @param orderBy a {@link Order}; ties are broken by DAG and run id so that pages do not overlap
 */
public record RunQuery(
    String dagId,
    Set<RunState> states,
    Set<RunType> runTypes,
    Instant logicalDateGte,
    Instant logicalDateLte,
    Instant startDateGte,
    Instant startDateLte,
    Order orderBy,
    boolean descending,
    int limit,
    long offset) {

  /** Columns a run list can be ordered by. */
  public enum Order {
    LOGICAL_DATE("logical_date"),
    START_DATE("started_at"),
    END_DATE("ended_at"),
    RUN_ID("run_id"),
    STATE("state");

    private final String column;

    Order(String column) {
      this.column = column;
    }

    public String column() {
      return column;
    }
  }

  public RunQuery {
    states = Set.copyOf(states);
    runTypes = Set.copyOf(runTypes);
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must not be negative");
    }
  }

  /** All runs of one DAG (or of every DAG for null), newest logical date first. */
  public static RunQuery of(String dagId, int limit) {
    return new RunQuery(
        dagId, Set.of(), Set.of(), null, null, null, null, Order.LOGICAL_DATE, true, limit, 0);
  }
}
