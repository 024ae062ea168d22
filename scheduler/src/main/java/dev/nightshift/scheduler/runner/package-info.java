/**
 * The task-runner plug-in: start / observe / cancel behind one small interface, with persisted
 * handles so that work outlives a scheduler restart. Runners: {@code runner.shell},
 * {@code runner.http}.
 */
package dev.nightshift.scheduler.runner;
