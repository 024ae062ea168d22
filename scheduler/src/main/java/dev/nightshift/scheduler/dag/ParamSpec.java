package dev.nightshift.scheduler.dag;

/**
 * A run parameter declared by a DAG. Values given at trigger time are checked against the type;
 * missing ones take the default.
 *
 * @param defaultValue null when the parameter has no default (then a trigger must give it)
 */
public record ParamSpec(String name, ParamType type, Object defaultValue, String description) {}
