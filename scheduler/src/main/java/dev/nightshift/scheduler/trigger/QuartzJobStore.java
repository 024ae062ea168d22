package dev.nightshift.scheduler.trigger;

/** Where Quartz keeps its triggers. */
public enum QuartzJobStore {
  /**
   * In memory, rebuilt from the DAGs and their latest runs at every start: no database query
   * while idle. The default, and the only store of a single scheduler node.
   */
  MEMORY,
  /**
   * Quartz's clustered JDBC store on the metadata PostgreSQL, for several scheduler nodes that
   * share the triggers and fail over. Reserved for the scaled-out setup; not available yet.
   */
  JDBC_CLUSTERED
}
