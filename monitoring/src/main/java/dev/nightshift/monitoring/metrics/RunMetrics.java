package dev.nightshift.monitoring.metrics;

import dev.nightshift.scheduler.event.RunListener;
import dev.nightshift.scheduler.run.DagRun;
import dev.nightshift.scheduler.run.RunState;
import dev.nightshift.scheduler.run.RunType;
import dev.nightshift.scheduler.run.TaskInstance;
import dev.nightshift.scheduler.run.TaskState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts runs and task instances by the state they enter, and times what operators wait for:
 * task durations, a run's start after it fell due, a task's start after it became ready. Runs on
 * the scheduler's thread: only in-memory updates.
 */
public final class RunMetrics implements RunListener {
  private final MeterRegistry registry;
  private final RunningRuns running;

  public RunMetrics(MeterRegistry registry, RunningRuns running) {
    this.registry = registry;
    this.running = running;
  }

  @Override
  public void runChanged(DagRun run, RunState from) {
    Counter.builder("nightshift.dag.runs")
        .description("DAG runs that entered a state")
        .tags("dag", run.dagId(), "state", run.state().apiName())
        .register(registry).increment();
    running.update(run);
    if (run.state() == RunState.RUNNING && run.startedAt() != null) {
      Instant due = run.runType() == RunType.SCHEDULED ? run.dataInterval().end() : run.createdAt();
      timer("nightshift.dag.run.start.delay", "From a run falling due (its interval's end, or its"
          + " creation when triggered) to its start", run.dagId())
          .record(nonNegative(Duration.between(due, run.startedAt())));
    }
  }

  @Override
  public void taskChanged(TaskInstance task, TaskState from) {
    Counter.builder("nightshift.task.instances")
        .description("Task instances that entered a state")
        .tags("dag", task.dagId(), "task", task.taskId(), "state", task.state().apiName())
        .register(registry).increment();
    if (task.state() == TaskState.RUNNING && task.queuedAt() != null && task.startedAt() != null) {
      timer("nightshift.task.start.delay", "From a task becoming ready (its upstream done) to"
          + " its start", task.dagId())
          .record(nonNegative(Duration.between(task.queuedAt(), task.startedAt())));
    }
    if (from == TaskState.RUNNING && task.startedAt() != null && task.endedAt() != null) {
      Timer.builder("nightshift.task.duration")
          .description("How long a task try ran")
          .tags("dag", task.dagId(), "task", task.taskId(), "state", task.state().apiName())
          .publishPercentileHistogram()
          .register(registry)
          .record(nonNegative(Duration.between(task.startedAt(), task.endedAt())));
    }
  }

  private Timer timer(String name, String description, String dagId) {
    return Timer.builder(name).description(description).tag("dag", dagId)
        .publishPercentileHistogram().register(registry);
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
