/** Events the engine publishes about runs and task instances. */
package dev.nightshift.scheduler.event;
