/** The {@code noop} runner: tasks that succeed at once, for joins and markers. */
package dev.nightshift.scheduler.runner.noop;
