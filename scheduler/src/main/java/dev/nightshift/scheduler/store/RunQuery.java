package dev.nightshift.scheduler.store;

import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import java.util.Set;

/**
 * Which runs to list, in which order, which page. {@link TimeRange#ANY} and an empty state or type
 * set mean "no filter"; the bounds are inclusive. A run that has not started or ended matches no
 * bounded start or end range.
 *
 * @param dagId null for the runs of every DAG
 * @param updatedAt a run's last change is the latest of its creation, start and end
 * @param orderBy a {@link Order}; ties are broken by DAG and run id so that pages do not overlap
 */
public record RunQuery(
    String dagId,
    Set<RunState> states,
    Set<RunType> runTypes,
    TimeRange logicalDate,
    TimeRange startDate,
    TimeRange endDate,
    TimeRange updatedAt,
    Order orderBy,
    boolean descending,
    int limit,
    long offset) {

  /** Columns a run list can be ordered by. */
  public enum Order {
    LOGICAL_DATE("logical_date"),
    START_DATE("started_at"),
    END_DATE("ended_at"),
    UPDATED_AT(UPDATED_AT_COLUMN),
    CREATED_AT("created_at"),
    DAG_ID("dag_id"),
    RUN_ID("run_id"),
    STATE("state"),
    RUN_TYPE("run_type"),
    CONF("conf");

    private final String column;

    Order(String column) {
      this.column = column;
    }

    public String column() {
      return column;
    }
  }

  /** The instant of a run's last change, as SQL over the run's columns. */
  public static final String UPDATED_AT_COLUMN =
      "GREATEST(created_at, COALESCE(started_at, created_at), COALESCE(ended_at, created_at))";

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
        dagId,
        Set.of(),
        Set.of(),
        TimeRange.ANY,
        TimeRange.ANY,
        TimeRange.ANY,
        TimeRange.ANY,
        Order.LOGICAL_DATE,
        true,
        limit,
        0);
  }
}
