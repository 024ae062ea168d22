package dev.nightshift.scheduler.runner.spark;

import dev.nightshift.scheduler.runner.HandleJson;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskArgs;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.runner.TaskRunner;
import dev.nightshift.scheduler.runner.shell.ProcessTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.spark.launcher.SparkAppHandle;
import org.apache.spark.launcher.SparkLauncher;

/**
 * Submits a Spark application through Spark's {@link SparkLauncher} ({@code spark-submit} of the
 * configured Spark home) and follows it. The driver's output goes to the try's log; the
 * application id and launcher state are kept beside it and named in every observation, with the
 * master and the Spark UI.
 *
 * <p>spark-submit runs under a small wrapper that records its pid first and its exit code last:
 * the outcome is the exit code, so a failed application counts as failed only once its process
 * has ended (the launcher may report FINISHED just before FAILED). The wrapper is not tied to the
 * scheduler's life: after a restart the application is found again by pid and start time, or by
 * its exit code file once it ended, and is never submitted twice. Cancelling stops spark-submit
 * and its driver (TERM, then KILL after the grace).
 */
public final class SparkRunner implements TaskRunner {
  public static final String TYPE = "spark";
  private static final long PID_WAIT_MILLIS = 30_000;

  private final SparkSettings settings;
  private final Executor callbacks;
  private final Path wrapperHome;
  private final Map<String, StateRecorder> launched = new ConcurrentHashMap<>();

  public SparkRunner(SparkSettings settings, Executor callbacks) {
    this.settings = settings;
    this.callbacks = callbacks;
    this.wrapperHome = settings.workDir().resolve("launch-home");
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RunHandle start(TaskContext context) {
    TaskArgs args = context.taskArgs();
    Path pidFile = HandleJson.sibling(context.logFile(), ".pid");
    Path exitFile = HandleJson.sibling(context.logFile(), ".exit");
    Path stateFile = HandleJson.sibling(context.logFile(), ".spark");
    SparkLauncher launcher = new SparkLauncher(Map.of(
        "NIGHTSHIFT_SPARK_HOME", settings.sparkSubmit().getParent().getParent().toAbsolutePath().toString(),
        "NIGHTSHIFT_PID_FILE", pidFile.toString(),
        "NIGHTSHIFT_EXIT_FILE", exitFile.toString()));
    SparkSubmission.configure(launcher, context, settings);
    String master = SparkSubmission.master(args, settings);
    try {
      Files.deleteIfExists(pidFile);
      Files.deleteIfExists(exitFile);
      SparkAppState.UNKNOWN.write(stateFile);
      launcher.setSparkHome(wrapperHome().toString())
          .redirectOutput(context.logFile().toFile())
          .redirectError();
      StateRecorder recorder = new StateRecorder(stateFile, callbacks);
      SparkAppHandle app = launcher.startApplication(recorder);
      long pid = awaitPid(pidFile, app);
      long started = ProcessHandle.of(pid).map(ProcessTree::startMillis).orElse(0L);
      SparkHandle handle = new SparkHandle(pid, started, exitFile.toString(), stateFile.toString(),
          context.logFile().toString(), master);
      String externalId = handle.toExternalId();
      launched.put(externalId, recorder);
      return new RunHandle(TYPE, externalId);
    } catch (IOException e) {
      throw new UncheckedIOException(context.task() + ": could not submit to Spark: " + e.getMessage(), e);
    }
  }

  @Override
  public Observation observe(RunHandle handle) {
    SparkHandle spark = SparkHandle.parse(handle.externalId());
    Observation recorded = readExitFile(spark);
    if (recorded != null) {
      return recorded;
    }
    if (ProcessTree.find(spark.pid(), spark.startedAtMillis()).isPresent()) {
      return Observation.running();
    }
    recorded = readExitFile(spark);
    return recorded != null ? recorded : Observation.failed(null, describe(spark)
        + ": spark-submit (pid " + spark.pid() + ") ended without recording an exit code"
        + " (it was killed)");
  }

  @Override
  public void cancel(RunHandle handle) {
    SparkHandle spark = SparkHandle.parse(handle.externalId());
    ProcessTree.find(spark.pid(), spark.startedAtMillis())
        .ifPresent(p -> callbacks.execute(() -> ProcessTree.kill(p, settings.killGrace())));
  }

  /** The wrapper records its pid first thing: a submission whose handle was lost is found by it. */
  @Override
  public Optional<RunHandle> recover(TaskContext context) {
    Path pidFile = HandleJson.sibling(context.logFile(), ".pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(Files.readString(pidFile).trim());
      long started = ProcessHandle.of(pid).map(ProcessTree::startMillis).orElse(0L);
      return Optional.of(new RunHandle(TYPE, new SparkHandle(pid, started,
          HandleJson.sibling(context.logFile(), ".exit").toString(), HandleJson.sibling(context.logFile(), ".spark").toString(),
          context.logFile().toString(), SparkSubmission.master(context.taskArgs(), settings))
          .toExternalId()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean whenDone(RunHandle handle, Consumer<Observation> onDone) {
    if (!launched.containsKey(handle.externalId())) {
      return false;
    }
    SparkHandle spark = SparkHandle.parse(handle.externalId());
    Optional<ProcessHandle> process = ProcessHandle.of(spark.pid());
    if (process.isEmpty()) {
      callbacks.execute(() -> onDone.accept(observe(handle)));
      return true;
    }
    process.get().onExit().thenRunAsync(() -> {
      launched.remove(handle.externalId());
      onDone.accept(observe(handle));
    }, callbacks);
    return true;
  }

  /** The launcher's reports name the application and its state: each new description is told. */
  @Override
  public boolean whileRunning(RunHandle handle, Consumer<String> onChange) {
    StateRecorder recorder = launched.get(handle.externalId());
    if (recorder == null) {
      return false;
    }
    SparkHandle spark = SparkHandle.parse(handle.externalId());
    String[] told = {null};
    recorder.follow(() -> {
      synchronized (told) {
        String now = describe(spark);
        if (!now.equals(told[0])) {
          told[0] = now;
          onChange.accept(now);
        }
      }
    });
    return true;
  }

  /** "application local-171… FINISHED on local[*], UI http://…:4040". */
  private static String describe(SparkHandle spark) {
    SparkAppState state = SparkAppState.read(spark.statePath());
    StringBuilder text = new StringBuilder("application ")
        .append(state.appId() == null ? "(no id)" : state.appId())
        .append(' ').append(state.state()).append(" on ").append(spark.master());
    SparkAppState.uiOf(spark.logPath()).ifPresent(ui -> text.append(", UI ").append(ui));
    return text.toString();
  }

  private static Observation readExitFile(SparkHandle spark) {
    if (!Files.exists(spark.exitPath())) {
      return null;
    }
    try {
      int code = Integer.parseInt(Files.readString(spark.exitPath()).trim());
      if (code == 0) {
        return Observation.succeeded(0, describe(spark) + ", exit code 0");
      }
      return Observation.failed(code, describe(spark) + ", exit code " + code
          + SparkAppState.reasonOf(spark.logPath()).map(r -> ": " + r).orElse(""));
    } catch (IOException | NumberFormatException e) {
      return Observation.failed(null, "unreadable exit code file " + spark.exitFile() + ": " + e.getMessage());
    }
  }

  /** Waits for the wrapper's pid file, which it writes before anything else; fails if it never comes. */
  private static long awaitPid(Path pidFile, SparkAppHandle app) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PID_WAIT_MILLIS);
    while (!Files.exists(pidFile)) {
      if (System.nanoTime() > deadline || app.getState() == SparkAppHandle.State.FAILED
          || app.getState() == SparkAppHandle.State.LOST) {
        app.kill();
        throw new IOException("spark-submit did not start (launcher state " + app.getState() + ")");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        app.kill();
        throw new IOException("interrupted while submitting", e);
      }
    }
    return Long.parseLong(Files.readString(pidFile).trim());
  }

  /** The Spark home the launcher runs: {@code bin/spark-submit} is the wrapper. */
  private synchronized Path wrapperHome() throws IOException {
    Path script = wrapperHome.resolve("bin").resolve("spark-submit");
    if (!Files.exists(script)) {
      Files.createDirectories(script.getParent());
      try (InputStream in = SparkRunner.class.getResourceAsStream("launch-wrapper.sh")) {
        Path tmp = script.resolveSibling("spark-submit.tmp");
        Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.move(tmp, script, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    }
    // Our own Spark home's script may have lost its executable bit in a copy.
    settings.sparkSubmit().toFile().setExecutable(true);
    return wrapperHome;
  }

  /**
   * Keeps the launcher's reports (application id, state) next to the log, and tells the follower,
   * if any, on the callbacks (never on the launcher's thread, which must not wait for the store).
   */
  private static final class StateRecorder implements SparkAppHandle.Listener {
    private final Path file;
    private final Executor callbacks;
    private volatile Runnable follower;

    StateRecorder(Path file, Executor callbacks) {
      this.file = file;
      this.callbacks = callbacks;
    }

    void follow(Runnable onChange) {
      follower = onChange;
      callbacks.execute(onChange);
    }

    @Override
    public void stateChanged(SparkAppHandle handle) {
      new SparkAppState(handle.getAppId(), handle.getState().name()).write(file);
      Runnable onChange = follower;
      if (onChange != null) {
        callbacks.execute(onChange);
      }
    }

    @Override
    public void infoChanged(SparkAppHandle handle) {
      stateChanged(handle);
    }
  }
}
