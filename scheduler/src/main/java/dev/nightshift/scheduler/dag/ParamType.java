package dev.nightshift.scheduler.dag;

/** JSON types a parameter can have, as in a JSON Schema. */
public enum ParamType {
  STRING,
  INTEGER,
  NUMBER,
  BOOLEAN,
  ARRAY,
  OBJECT
}
