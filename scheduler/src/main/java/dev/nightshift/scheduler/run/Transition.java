package dev.nightshift.scheduler.run;

import java.time.Instant;

/**
 * One entry of the append-only state history of a task instance.
 *
 * @param from null for the creation of the instance
 */
public record Transition(TaskRef task, TaskState from, TaskState to, Instant at, String reason) {}
