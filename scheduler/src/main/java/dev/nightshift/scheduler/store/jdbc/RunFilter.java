package dev.nightshift.scheduler.store.jdbc;

import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.store.RunQuery;
import java.time.Instant;
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
    bound("logical_date >= ?", query.logicalDateGte(), conditions, arguments);
    bound("logical_date <= ?", query.logicalDateLte(), conditions, arguments);
    bound("started_at >= ?", query.startDateGte(), conditions, arguments);
    bound("started_at <= ?", query.startDateLte(), conditions, arguments);
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    String direction = query.descending() ? " DESC" : " ASC";
    // The column comes from the enum, never from the caller's text.
    String orderBy =
        " ORDER BY "
            + query.orderBy().column()
            + direction
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

  private static void bound(
      String condition, Instant value, List<String> conditions, List<Object> arguments) {
    if (value != null) {
      conditions.add(condition);
      arguments.add(value);
    }
  }
}
