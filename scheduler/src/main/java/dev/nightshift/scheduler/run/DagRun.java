package dev.nightshift.scheduler.run;

import dev.nightshift.scheduler.schedule.DataInterval;
import java.time.Instant;
import java.util.Map;

/**
 * One run of a DAG for one logical date; (dagId, logicalDate) is unique, so a double fire cannot
 * create two runs.
 *
 * @param logicalDate the date the run is for: its data interval's start for a scheduled or
 *     backfill run; the date given (or the trigger time) for a manual run, whose data interval is
 *     the schedule's latest complete interval by then, as in Airflow
 * @param dagVersion the version of the DAG definition the run was created from
 * @param startedAt null while queued
 * @param endedAt null until finished
 * @param version optimistic-lock counter, incremented by every update
 */
public record DagRun(
    String dagId,
    String runId,
    Instant logicalDate,
    DataInterval dataInterval,
    RunState state,
    RunType runType,
    Map<String, Object> conf,
    String dagVersion,
    Instant createdAt,
    Instant startedAt,
    Instant endedAt,
    long version) {

  public DagRun {
    conf = Map.copyOf(conf);
  }

  public RunRef ref() {
    return new RunRef(dagId, runId);
  }
}
