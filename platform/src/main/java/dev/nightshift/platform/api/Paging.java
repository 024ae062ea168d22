package dev.nightshift.platform.api;

import dev.nightshift.platform.api.problem.ApiException;
import dev.nightshift.platform.api.problem.FieldProblem;
import java.util.List;

/** Airflow's {@code limit} / {@code offset} paging: limit 1..1000 (default 100), offset >= 0. */
public record Paging(int limit, long offset) {
  public static final int MAX_LIMIT = 1000;
  public static final String DEFAULT_LIMIT = "100";

  public static Paging of(int limit, long offset) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiException.invalid(
          FieldProblem.parameter("limit", "must be between 1 and " + MAX_LIMIT + ", got " + limit));
    }
    if (offset < 0) {
      throw ApiException.invalid(
          FieldProblem.parameter("offset", "must be 0 or more, got " + offset));
    }
    return new Paging(limit, offset);
  }

  /** The page of an in-memory list. */
  public <T> List<T> page(List<T> all) {
    int from = (int) Math.min(offset, all.size());
    return all.subList(from, Math.min(all.size(), from + limit));
  }
}
