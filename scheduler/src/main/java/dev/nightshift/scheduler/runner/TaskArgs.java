package dev.nightshift.scheduler.runner;

import dev.nightshift.scheduler.run.TaskRef;
import java.util.Map;

/** Typed access to a task's arguments; a wrong or missing one names the task and the argument. */
public record TaskArgs(TaskRef task, Map<String, Object> values) {

  public String requiredString(String name) {
    Object value = values.get(name);
    if (value == null || value.toString().isBlank()) {
      throw invalid(name, "is required");
    }
    return string(name, value);
  }

  public String string(String name, String fallback) {
    Object value = values.get(name);
    return value == null ? fallback : string(name, value);
  }

  public int integer(String name, int fallback) {
    Object value = values.get(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Number n && n.doubleValue() == n.intValue()) {
      return n.intValue();
    }
    throw invalid(name, "must be a whole number, got '" + value + "'");
  }

  /** A map of strings, e.g. environment variables or headers. */
  public Map<String, String> stringMap(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw invalid(name, "must be a mapping of names to values");
    }
    java.util.LinkedHashMap<String, String> result = new java.util.LinkedHashMap<>();
    map.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
    return result;
  }

  /** A list of single values, e.g. command-line arguments; empty when not given. */
  public java.util.List<String> stringList(String name) {
    Object value = values.get(name);
    if (value == null) {
      return java.util.List.of();
    }
    if (!(value instanceof java.util.Collection<?> items)) {
      throw invalid(name, "must be a list");
    }
    return items.stream().map(item -> string(name, item)).toList();
  }

  private String string(String name, Object value) {
    if (value instanceof Map || value instanceof java.util.Collection) {
      throw invalid(name, "must be a single value");
    }
    return value.toString();
  }

  private InvalidTaskArgsException invalid(String name, String problem) {
    return new InvalidTaskArgsException(task + ": argument '" + name + "' " + problem);
  }
}
