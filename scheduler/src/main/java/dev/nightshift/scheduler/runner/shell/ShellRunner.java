package dev.nightshift.scheduler.runner.shell;

import dev.nightshift.scheduler.runner.HandleJson;
import dev.nightshift.scheduler.runner.Observation;
import dev.nightshift.scheduler.runner.RunHandle;
import dev.nightshift.scheduler.runner.TaskArgs;
import dev.nightshift.scheduler.runner.TaskContext;
import dev.nightshift.scheduler.runner.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs {@code command} with {@code /bin/sh -c}, with optional {@code env} and {@code cwd}; output
 * and errors go to the try's log file, and exit code 0 is success.
 *
 * <p>The command runs under a small {@code sh} wrapper that writes the exit code to
 * {@code <try>.exit} next to the log. The wrapper is not tied to the scheduler's life: when the
 * scheduler dies, the command runs on, and a restarted scheduler finds it again by pid and start
 * time, or reads its exit code from the file once it ended.
 */
public final class ShellRunner implements TaskRunner {
  public static final String TYPE = "shell";

  // $1 is the command, $2 the exit-code file, $3 the pid file; the renames make each file appear
  // complete or not at all.
  private static final String WRAPPER = "echo $$ > \"$3.tmp\"; mv \"$3.tmp\" \"$3\"; "
      + "/bin/sh -c \"$1\"; code=$?; echo $code > \"$2.tmp\"; mv \"$2.tmp\" \"$2\"; exit $code";

  private final Map<String, Process> children = new ConcurrentHashMap<>();
  private final Executor callbacks;
  private final Duration killGrace;

  /**
   * @param callbacks runs completion callbacks and the waits of cancellations
   * @param killGrace how long a cancelled command may take to stop after TERM before KILL
   */
  public ShellRunner(Executor callbacks, Duration killGrace) {
    this.callbacks = callbacks;
    this.killGrace = killGrace;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RunHandle start(TaskContext context) {
    TaskArgs args = context.taskArgs();
    String command = args.requiredString("command");
    Path exitFile = exitFileOf(context.logFile());
    Path pidFile = HandleJson.sibling(context.logFile(), ".pid");
    ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", WRAPPER, "nightshift-task", command,
            exitFile.toString(), pidFile.toString())
            .redirectErrorStream(true)
            .redirectOutput(context.logFile().toFile());
    builder.environment().putAll(args.stringMap("env"));
    String cwd = args.string("cwd", null);
    if (cwd != null) {
      builder.directory(Path.of(cwd).toFile());
    }
    try {
      Files.deleteIfExists(exitFile);
      Files.deleteIfExists(pidFile);
      Process process = builder.start();
      ShellHandle handle = new ShellHandle(process.pid(), ProcessTree.startMillis(process.toHandle()),
          exitFile.toString());
      String externalId = handle.toExternalId();
      children.put(externalId, process);
      return new RunHandle(TYPE, externalId);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start '" + command + "': " + e.getMessage(), e);
    }
  }

  @Override
  public Observation observe(RunHandle handle) {
    ShellHandle shell = ShellHandle.parse(handle.externalId());
    Observation recorded = readExitFile(shell.exitPath());
    if (recorded != null) {
      return recorded;
    }
    Process child = children.get(handle.externalId());
    if (child != null) {
      return child.isAlive() ? Observation.running()
          : Observation.failed(child.exitValue(), "killed before recording an exit code (exit value "
              + child.exitValue() + ")");
    }
    if (ProcessTree.find(shell.pid(), shell.startedAtMillis()).isPresent()) {
      return Observation.running();
    }
    // The exit file may have appeared between the first look and the process check.
    recorded = readExitFile(shell.exitPath());
    return recorded != null ? recorded
        : Observation.failed(null, "process " + shell.pid()
            + " ended without recording an exit code (it died with the scheduler or was killed)");
  }

  @Override
  public void cancel(RunHandle handle) {
    ShellHandle shell = ShellHandle.parse(handle.externalId());
    Process child = children.get(handle.externalId());
    var process = child != null ? Optional.of(child.toHandle())
        : ProcessTree.find(shell.pid(), shell.startedAtMillis());
    process.ifPresent(p -> callbacks.execute(() -> ProcessTree.kill(p, killGrace)));
  }

  /** The wrapper records its pid first thing: a launch whose handle was lost is found by it. */
  @Override
  public Optional<RunHandle> recover(TaskContext context) {
    Path exitFile = exitFileOf(context.logFile());
    Path pidFile = HandleJson.sibling(context.logFile(), ".pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(Files.readString(pidFile).trim());
      long started = ProcessHandle.of(pid).map(ProcessTree::startMillis).orElse(0L);
      return Optional.of(new RunHandle(TYPE,
          new ShellHandle(pid, started, exitFile.toString()).toExternalId()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean whenDone(RunHandle handle, Consumer<Observation> onDone) {
    Process child = children.get(handle.externalId());
    if (child == null) {
      return false;
    }
    child.onExit().thenRunAsync(() -> {
      Observation outcome = observe(handle);
      children.remove(handle.externalId());
      onDone.accept(outcome);
    }, callbacks);
    return true;
  }

  static Path exitFileOf(Path logFile) {
    return HandleJson.sibling(logFile, ".exit");
  }


  private static Observation readExitFile(Path exitFile) {
    if (!Files.exists(exitFile)) {
      return null;
    }
    try {
      int code = Integer.parseInt(Files.readString(exitFile).trim());
      return code == 0 ? Observation.succeeded(0, "exit code 0")
          : Observation.failed(code, "exit code " + code);
    } catch (IOException | NumberFormatException e) {
      return Observation.failed(null, "unreadable exit code file " + exitFile + ": " + e.getMessage());
    }
  }
}
