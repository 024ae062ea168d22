/** The {@code publish} runner: validates a sealed serving version and makes it current. */
package dev.nightshift.scheduler.runner.publish;
