package dev.nightshift.scheduler.testing;

import dev.nightshift.scheduler.dag.DagDefinition;
import dev.nightshift.scheduler.dag.ParamSpec;
import dev.nightshift.scheduler.dag.RetryPolicy;
import dev.nightshift.scheduler.dag.TaskSpec;
import dev.nightshift.scheduler.dag.TriggerRule;
import dev.nightshift.scheduler.schedule.Schedule;
import dev.nightshift.scheduler.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds DAG definitions for tests: {@code aDag("d").task(shell("a", "true")).build()}. */
public final class TestDags {
  private String dagId;
  private Schedule schedule = Schedules.parse("manual", ZoneOffset.UTC);
  private Instant startDate = Instant.parse("2026-01-01T00:00:00Z");
  private Instant endDate;
  private boolean catchup;
  private int maxActiveRuns = 16;
  private int maxActiveTasks = 16;
  private final Map<String, ParamSpec> params = new LinkedHashMap<>();
  private final List<TaskSpec> tasks = new ArrayList<>();
  private String version = "v1";

  private TestDags(String dagId) {
    this.dagId = dagId;
  }

  public static TestDags aDag(String dagId) {
    return new TestDags(dagId);
  }

  public static TaskBuilder shell(String taskId, String command) {
    return new TaskBuilder(taskId, "shell", Map.of("command", command));
  }

  public static TaskBuilder task(String taskId, String type, Map<String, Object> args) {
    return new TaskBuilder(taskId, type, args);
  }

  /** A schedule as a DAG file writes it, in UTC: {@code @daily}, {@code 500ms}, a cron. */
  public TestDags schedule(String expression) {
    schedule = Schedules.parse(expression, ZoneOffset.UTC);
    return this;
  }

  public TestDags startDate(Instant value) {
    startDate = value;
    return this;
  }

  public TestDags endDate(Instant value) {
    endDate = value;
    return this;
  }

  public TestDags catchup(boolean value) {
    catchup = value;
    return this;
  }

  public TestDags maxActiveRuns(int value) {
    maxActiveRuns = value;
    return this;
  }

  public TestDags maxActiveTasks(int value) {
    maxActiveTasks = value;
    return this;
  }

  public TestDags param(ParamSpec value) {
    params.put(value.name(), value);
    return this;
  }

  public TestDags version(String value) {
    version = value;
    return this;
  }

  public TestDags task(TaskBuilder task) {
    tasks.add(task.build());
    return this;
  }

  public DagDefinition build() {
    return new DagDefinition(dagId, "test DAG " + dagId, List.of(), schedule, startDate, endDate,
        catchup, maxActiveRuns, maxActiveTasks, params, tasks, "test", version);
  }

  /** One task; defaults: no retries, no timeout, all_success, default pool, priority 1. */
  public static final class TaskBuilder {
    private final String taskId;
    private final String type;
    private final Map<String, Object> args;
    private List<String> dependsOn = List.of();
    private RetryPolicy retry = RetryPolicy.NONE;
    private Duration timeout;
    private TriggerRule rule = TriggerRule.ALL_SUCCESS;
    private String pool = TaskSpec.DEFAULT_POOL;
    private int priority = 1;

    private TaskBuilder(String taskId, String type, Map<String, Object> args) {
      this.taskId = taskId;
      this.type = type;
      this.args = args;
    }

    public TaskBuilder after(String... upstream) {
      dependsOn = List.of(upstream);
      return this;
    }

    public TaskBuilder retries(int count, Duration delay, boolean exponential) {
      retry = new RetryPolicy(count, delay, exponential, Duration.ofHours(1));
      return this;
    }

    public TaskBuilder timeout(Duration value) {
      timeout = value;
      return this;
    }

    public TaskBuilder rule(TriggerRule value) {
      rule = value;
      return this;
    }

    public TaskBuilder pool(String value) {
      pool = value;
      return this;
    }

    public TaskBuilder priority(int value) {
      priority = value;
      return this;
    }

    TaskSpec build() {
      return new TaskSpec(taskId, type, args, dependsOn, retry, timeout, rule, pool, priority);
    }
  }
}
