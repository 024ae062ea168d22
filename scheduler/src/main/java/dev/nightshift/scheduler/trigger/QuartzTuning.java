package dev.nightshift.scheduler.trigger;

import java.time.Duration;

/**
 * Quartz's knobs that cost CPU or latency.
 *
 * @param idleWaitTime how long Quartz's scheduler thread sleeps when no trigger is near; with the
 *     in-memory job store a new or changed trigger wakes it at once, so a long wait costs no
 *     latency
 */
public record QuartzTuning(
    int threadCount,
    Duration idleWaitTime,
    int batchTriggerAcquisitionMaxCount,
    Duration misfireThreshold,
    QuartzJobStore jobStore) {}
