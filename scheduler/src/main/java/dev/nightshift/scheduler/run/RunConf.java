package dev.nightshift.scheduler.run;

import dev.nightshift.scheduler.dag.ParamSpec;
import dev.nightshift.scheduler.dag.ParamType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a trigger's conf against a DAG's params and fills in the defaults. */
public final class RunConf {
  private RunConf() {}

  /**
   * The conf a run gets: the given values, plus each declared param's default where it was not
   * given. Keys that no param declares are kept, as in Airflow.
   *
   * @throws InvalidRunConfException listing every param that is missing or has the wrong type
   */
  public static Map<String, Object> resolve(
      String dagId, Map<String, ParamSpec> params, Map<String, Object> given) {
    Map<String, Object> conf = new LinkedHashMap<>(given);
    List<String> problems = new ArrayList<>();
    params.forEach(
        (name, spec) -> {
          Object value = given.get(name);
          if (value == null) {
            if (spec.defaultValue() == null) {
              problems.add("param '" + name + "' is required (" + typeName(spec.type()) + ")");
            } else {
              conf.put(name, spec.defaultValue());
            }
          } else if (!matches(spec.type(), value)) {
            problems.add("param '" + name + "' must be " + typeName(spec.type()) + ", got "
                + describe(value));
          }
        });
    if (!problems.isEmpty()) {
      throw new InvalidRunConfException("DAG '" + dagId + "': " + String.join("; ", problems));
    }
    return conf;
  }

  private static boolean matches(ParamType type, Object value) {
    return switch (type) {
      case STRING -> value instanceof String;
      case INTEGER -> value instanceof Integer || value instanceof Long
          || value instanceof Short || value instanceof Byte
          || value instanceof java.math.BigInteger;
      case NUMBER -> value instanceof Number;
      case BOOLEAN -> value instanceof Boolean;
      case ARRAY -> value instanceof List;
      case OBJECT -> value instanceof Map;
    };
  }

  private static String typeName(ParamType type) {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String describe(Object value) {
    return value.getClass().getSimpleName() + " " + value;
  }
}
