/**
 * Time-based triggering with Quartz: the only package that uses {@code org.quartz}. One
 * trigger per scheduled DAG, at the instant its next run is due.
 */
package dev.nightshift.scheduler.trigger;
