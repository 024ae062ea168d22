/**
 * Event-driven dispatch: a created run queues its root tasks, a finished task decides what
 * becomes ready next, dispatcher threads start ready tasks as soon as their pool and DAG limits
 * allow. Nothing polls while nothing is due.
 */
package dev.nightshift.scheduler.dispatch;
