/** The {@code shell} runner: commands that survive a scheduler restart and are adopted after it. */
package dev.nightshift.scheduler.runner.shell;
