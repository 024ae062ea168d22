package dev.nightshift.airflow.runner;

import dev.nightshift.airflow.client.AirflowClient;
import dev.nightshift.airflow.client.AirflowDag;
import dev.nightshift.airflow.client.AirflowException;
import dev.nightshift.airflow.client.AirflowRun;
import dev.nightshift.airflow.client.AirflowTaskInstance;
import dev.nightshift.scheduler.run.TaskState;
import dev.nightshift.scheduler.runner.InvalidTaskArgsException;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskArgs;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.runner.TaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs a DAG in Airflow. Arguments: {@code dag_id}, {@code conf} (a mapping, templated like any
 * argument), {@code connection} (a name from the deployment's configuration, default
 * {@value #DEFAULT_CONNECTION}) and {@code logical_date} (optional). The Airflow run id is derived
 * from the try, so that starting or recovering the same try again finds the run it triggered:
 * one Airflow run per try. Cancelling marks the Airflow run failed.
 */
public final class AirflowRunner implements TaskRunner {
  public static final String TYPE = "airflow";
  public static final String DEFAULT_CONNECTION = "airflow_default";
  /** Airflow's own rule for DAG ids. */
  private static final Pattern DAG_ID = Pattern.compile("[A-Za-z0-9_.-]+");

  private final AirflowConnections connections;
  private final PollBackoff backoff;
  private final PollTimer timer;
  private final Executor callbacks;
  private final InstantSource clock;
  private final Map<RunHandle, RunWatch> watches = new ConcurrentHashMap<>();
  private final Map<RunHandle, Path> logFiles = new ConcurrentHashMap<>();

  public AirflowRunner(AirflowConnections connections, PollBackoff backoff, PollTimer timer,
      Executor callbacks, InstantSource clock) {
    this.connections = connections;
    this.backoff = backoff;
    this.timer = timer;
    this.callbacks = callbacks;
    this.clock = clock;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RunHandle start(TaskContext context) {
    Request request = Request.of(context, connections);
    AirflowWork work = request.work();
    TryLog log = new TryLog(context.logFile(), clock);
    AirflowClient airflow = client(work);
    AirflowDag dag = dag(airflow, work);
    if (dag.paused()) {
      throw new AirflowTaskException("Airflow DAG '" + work.dagId() + "' is paused (connection '"
          + work.connection() + "'): a run would wait until someone unpauses it; unpause it in Airflow first");
    }
    try {
      airflow.trigger(work.dagId(), work.runId(), request.conf(), request.logicalDate());
      log.line("triggered " + work + " on Airflow " + airflow.serverVersion() + " (API " + airflow.apiVersion() + ")");
    } catch (AirflowException e) {
      if (!e.isConflict()) {
        throw new AirflowTaskException(e.getMessage(), e);
      }
      airflow.getRun(work.dagId(), work.runId()); // 409: this try's run exists already
      log.line("re-attached to " + work + ", which this try had triggered before");
    }
    RunHandle handle = work.handle();
    logFiles.put(handle, context.logFile());
    return handle;
  }

  @Override
  public Optional<RunHandle> recover(TaskContext context) {
    AirflowWork work = Request.of(context, connections).work();
    try {
      client(work).getRun(work.dagId(), work.runId());
    } catch (RuntimeException e) {
      return Optional.empty(); // start() triggers it, or re-attaches on Airflow's 409
    }
    new TryLog(context.logFile(), clock).line("re-attached to " + work + " after a restart");
    RunHandle handle = work.handle();
    logFiles.put(handle, context.logFile());
    return Optional.of(handle);
  }

  @Override
  public Observation observe(RunHandle handle) {
    AirflowWork work = AirflowWork.of(handle);
    try {
      AirflowClient airflow = client(work);
      AirflowRun run = airflow.getRun(work.dagId(), work.runId());
      return run.isFinished()
          ? observation(work, run, airflow.listTaskInstances(work.dagId(), work.runId()))
          : Observation.running();
    } catch (AirflowException e) {
      if (e.isNotFound()) {
        return Observation.failed(null, work + " can no longer be found: " + e.getMessage());
      }
      return RunWatch.worthAskingAgain(e) ? new Observation(TaskState.RUNNING, null, e.getMessage())
          : Observation.failed(null, e.getMessage());
    }
  }

  @Override
  public void cancel(RunHandle handle) {
    AirflowWork work = AirflowWork.of(handle);
    TryLog log = new TryLog(logFiles.get(handle), clock);
    try {
      AirflowClient airflow = client(work);
      if (!airflow.getRun(work.dagId(), work.runId()).isFinished()) {
        airflow.markRunFailed(work.dagId(), work.runId());
        log.line("cancelled: marked " + work + " failed");
      }
    } catch (RuntimeException e) {
      log.line("could not mark " + work + " failed: " + e.getMessage());
    }
    RunWatch watch = watches.get(handle);
    if (watch != null) {
      watch.lookNow();
    }
  }

  @Override
  public boolean whenDone(RunHandle handle, Consumer<Observation> onDone) {
    RunWatch watch = watches.computeIfAbsent(handle, h -> {
      AirflowWork work = AirflowWork.of(h);
      RunWatch created = new RunWatch(work, () -> client(work), new TryLog(logFiles.get(h), clock),
          backoff, timer, clock);
      created.outcome().whenComplete((o, e) -> {
        watches.remove(h);
        logFiles.remove(h);
      });
      created.start();
      return created;
    });
    watch.outcome().thenAcceptAsync(onDone, callbacks);
    return true;
  }

  /** The task's outcome for a finished Airflow run: its state, and which Airflow tasks failed. */
  static Observation observation(AirflowWork work, AirflowRun run, List<AirflowTaskInstance> tasks) {
    if (run.succeeded()) {
      return Observation.succeeded(null, work + " succeeded");
    }
    String failed = tasks.stream().filter(t -> "failed".equals(t.state())).map(AirflowTaskInstance::taskId)
        .collect(Collectors.joining(", "));
    return Observation.failed(null, work + " ended " + run.state()
        + (failed.isEmpty() ? "" : "; failed Airflow tasks: " + failed));
  }

  private AirflowClient client(AirflowWork work) {
    try {
      return connections.client(work.connection());
    } catch (AirflowException e) {
      throw new AirflowTaskException(e.getMessage(), e);
    }
  }

  private static AirflowDag dag(AirflowClient airflow, AirflowWork work) {
    try {
      return airflow.getDag(work.dagId());
    } catch (AirflowException e) {
      throw new AirflowTaskException(e.isNotFound()
          ? "Airflow has no DAG '" + work.dagId() + "' (connection '" + work.connection() + "'): " + e.getMessage()
          : e.getMessage(), e);
    }
  }

  /** The task's arguments, checked. */
  private record Request(AirflowWork work, Map<String, Object> conf, Instant logicalDate) {

    static Request of(TaskContext context, AirflowConnections connections) {
      TaskArgs args = context.taskArgs();
      String dagId = args.requiredString("dag_id");
      if (!DAG_ID.matcher(dagId).matches()) {
        throw invalid(args, "dag_id", "'" + dagId + "' is not an Airflow DAG id (letters, digits, '_', '.', '-')");
      }
      String connection = args.string("connection", DEFAULT_CONNECTION);
      if (!connections.has(connection)) {
        throw invalid(args, "connection", "names no configured Airflow connection: '" + connection + "'"
            + (connections.names().isEmpty() ? "; none is configured (nightshift.airflow.connections.<name>.url)"
                : "; configured: " + String.join(", ", connections.names())));
      }
      Object conf = args.values().get("conf");
      if (conf != null && !(conf instanceof Map)) {
        throw invalid(args, "conf", "must be a mapping, got '" + conf + "'");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> confMap = conf == null ? Map.of() : (Map<String, Object>) conf;
      String logical = args.string("logical_date", null);
      Instant logicalDate;
      try {
        logicalDate = logical == null ? null : java.time.OffsetDateTime.parse(logical).toInstant();
      } catch (DateTimeParseException e) {
        throw invalid(args, "logical_date", "must be an ISO-8601 date-time with offset, got '" + logical + "'");
      }
      return new Request(new AirflowWork(connection, dagId,
          AirflowRunIds.forTry(context.task(), context.tryNumber())), confMap, logicalDate);
    }

    private static InvalidTaskArgsException invalid(TaskArgs args, String name, String problem) {
      return new InvalidTaskArgsException(args.task() + ": argument '" + name + "' " + problem);
    }
  }
}
