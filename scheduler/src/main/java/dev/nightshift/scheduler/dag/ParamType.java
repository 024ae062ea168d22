package dev.nightshift.scheduler.dag;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** JSON types a parameter can have, as in a JSON Schema. */
public enum ParamType {
  STRING,
  INTEGER,
  NUMBER,
  BOOLEAN,
  ARRAY,
  OBJECT;

  /** The type of a plain value as YAML or JSON readers produce it. */
  public static ParamType of(Object value) {
    if (value instanceof Boolean) {
      return BOOLEAN;
    }
    if (isInteger(value)) {
      return INTEGER;
    }
    if (value instanceof Number) {
      return NUMBER;
    }
    if (value instanceof List) {
      return ARRAY;
    }
    if (value instanceof Map) {
      return OBJECT;
    }
    return STRING;
  }

  /** Whether {@code value} may be given for a parameter of this type; a number accepts integers. */
  public boolean accepts(Object value) {
    return switch (this) {
      case STRING -> value instanceof String;
      case INTEGER -> isInteger(value);
      case NUMBER -> value instanceof Number;
      case BOOLEAN -> value instanceof Boolean;
      case ARRAY -> value instanceof List;
      case OBJECT -> value instanceof Map;
    };
  }

  private static boolean isInteger(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof BigInteger;
  }
}
