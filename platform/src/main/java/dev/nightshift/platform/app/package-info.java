/**
 * The Spring Boot application that assembles the scheduler, the task runners, the serving API
 * and the operators' pages into one process: the embedded default.
 */
package dev.nightshift.platform.app;
