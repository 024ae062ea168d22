/**
 * DAG runs, task instances and their tries: the state machine, trigger-rule evaluation and run
 * conf validation. Pure logic; persistence lives in {@code store}.
 */
package dev.nightshift.scheduler.run;
