/**
 * Starting the platform for the {@code server} and {@code demo} commands: the data folder is
 * claimed first, and a failure the user can fix becomes one or two lines and an exit code, with
 * the full trace in the data folder's log file.
 */
package dev.nightshift.platform.startup;
