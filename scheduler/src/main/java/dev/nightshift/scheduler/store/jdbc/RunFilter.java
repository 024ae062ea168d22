package dev.nightshift.scheduler.store.jdbc;

import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.store.RunQuery;
import dev.nightshift.scheduler.store.TimeRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** The WHERE and ORDER BY clauses of a {@link RunQuery}, values bound as parameters. */
record RunFilter(String where, String orderBy, Object[] arguments) {

  static RunFilter of(RunQuery query) {
    List<String> conditions = new ArrayList<>();
    List<Object> arguments = new ArrayList<>();
    if (query.dagId() != null) {
      conditions.add("dag_id = ?");
      arguments.add(query.dagId());
    }
    in("state", query.states(), RunState::apiName, conditions, arguments);
    in("run_type", query.runTypes(), RunType::apiName, conditions, arguments);
    range("logical_date", query.logicalDate(), conditions, arguments);
    range("started_at", query.startDate(), conditions, arguments);
    range("ended_at", query.endDate(), conditions, arguments);
    range(RunQuery.UPDATED_AT_COLUMN, query.updatedAt(), conditions, arguments);
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    String direction = query.descending() ? " DESC" : " ASC";
    // The column comes from the enum, never from the caller's text. Runs not yet started or ended
    // sort as PostgreSQL sorts nulls by default, on every database alike.
    String orderBy =
        " ORDER BY "
            + query.orderBy().column()
            + direction
            + (query.descending() ? " NULLS FIRST" : " NULLS LAST")
            + ", dag_id"
            + direction
            + ", run_id"
            + direction;
    return new RunFilter(where, orderBy, arguments.toArray());
  }

  private static <T> void in(
      String column,
      Collection<T> values,
      Function<T, String> name,
      List<String> conditions,
      List<Object> arguments) {
    if (!values.isEmpty()) {
      conditions.add(
          column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")");
      values.forEach(v -> arguments.add(name.apply(v)));
    }
  }

  private static void range(
      String column, TimeRange range, List<String> conditions, List<Object> arguments) {
    if (range.from() != null) {
      conditions.add(column + " >= ?");
      arguments.add(range.from());
    }
    if (range.to() != null) {
      conditions.add(column + " <= ?");
      arguments.add(range.to());
    }
  }
}
