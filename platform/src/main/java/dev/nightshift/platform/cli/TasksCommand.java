package dev.nightshift.platform.cli;

import static dev.nightshift.platform.cli.client.NightshiftClient.encode;

import dev.nightshift.platform.cli.client.ExitCodes;
import dev.nightshift.platform.cli.client.ServerOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nightshift tasks list|clear}. */
@Command(
    name = "tasks",
    mixinStandardHelpOptions = true,
    description = "List the task instances of a run, clear them to run again.",
    subcommands = {TasksCommand.ListTasks.class, TasksCommand.Clear.class})
final class TasksCommand {
  static final String[] COLUMNS = {
    "task_id", "state", "try_number", "start_date", "end_date", "duration", "pool"
  };

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Task instances of a run.")
  static final class ListTasks implements Callable<Integer> {
    @Mixin ServerOptions server;

    @Mixin RunArguments run;

    @Override
    public Integer call() {
      server
          .printer()
          .list(
              server
                  .client()
                  .get(run.path() + "/taskInstances"),
              "task_instances",
              COLUMNS);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "clear",
      mixinStandardHelpOptions = true,
      description =
          "Run finished tasks of a run again (with --downstream, what depends on them" + " too).")
  static final class Clear implements Callable<Integer> {
    @Mixin ServerOptions server;

    @Mixin RunArguments run;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "TASK")
    List<String> taskIds;

    @Option(
        names = {"-d", "--downstream"},
        description = "Also clear every task downstream.")
    boolean downstream;

    @Option(names = "--dry-run", description = "Only show what would be cleared.")
    boolean dryRun;

    @Override
    public Integer call() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("dag_run_id", run.runId);
      body.put("task_ids", taskIds);
      body.put("include_downstream", downstream);
      body.put("dry_run", dryRun);
      server
          .printer()
          .list(
              server.client().post("/dags/" + encode(run.dagId) + "/clearTaskInstances", body),
              "task_instances",
              "dag_id",
              "dag_run_id",
              "task_id",
              "state");
      return ExitCodes.OK;
    }
  }
}
