package dev.nightshift.platform.cli;

import static dev.nightshift.platform.cli.client.NightshiftClient.encode;

import dev.nightshift.platform.cli.client.ExitCodes;
import dev.nightshift.platform.cli.client.NightshiftClient;
import dev.nightshift.platform.cli.client.RunWaiter;
import dev.nightshift.platform.cli.client.WaitOptions;
import dev.nightshift.platform.cli.client.Waiting;
import dev.nightshift.platform.cli.client.ServerOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code nightshift runs list|show}. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description = "List and inspect DAG runs.",
    subcommands = {RunsCommand.ListRuns.class, RunsCommand.Show.class})
final class RunsCommand {
  static final String[] COLUMNS = {
    "dag_id", "dag_run_id", "state", "run_type", "logical_date", "start_date", "end_date"
  };

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Runs of a DAG (or of every DAG without one), newest logical date first.")
  static final class ListRuns implements Callable<Integer> {
    @Mixin ServerOptions server;

    @Parameters(
        paramLabel = "DAG",
        arity = "0..1",
        defaultValue = "~",
        description = "The DAG (default: every DAG).")
    String dagId;

    @Option(names = "--state", description = "queued, running, success or failed (repeatable).")
    List<String> states = new ArrayList<>();

    @Option(names = "--from", description = "Logical date at or after (ISO date or date-time).")
    String from;

    @Option(names = "--to", description = "Logical date at or before.")
    String to;

    @Option(names = "--limit", defaultValue = "25")
    int limit;

    @Option(names = "--offset", defaultValue = "0")
    long offset;

    @Override
    public Integer call() {
      StringBuilder path =
          new StringBuilder(
              "/dags/" + encode(dagId) + "/dagRuns?limit=" + limit + "&offset=" + offset);
      states.forEach(s -> path.append("&state=").append(encode(s)));
      if (from != null) {
        path.append("&logical_date_gte=").append(encode(from));
      }
      if (to != null) {
        path.append("&logical_date_lte=").append(encode(to));
      }
      server.printer().list(server.client().get(path.toString()), "dag_runs", COLUMNS);
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description =
          "One run and its task instances; --wait waits for its end (exit 1 when it" + " failed).")
  static final class Show implements Callable<Integer> {
    @Mixin ServerOptions server;

    @Mixin RunArguments target;

    @Option(names = "--wait", description = "Wait until the run has finished.")
    boolean await;

    @Mixin WaitOptions waiting;

    @Override
    public Integer call() throws InterruptedException {
      NightshiftClient client = server.client();
      String path = target.path();
      JsonNode run;
      if (await) {
        try (Waiting wait =
            waiting.start(
                "run " + target.runId + " of " + target.dagId + " goes on on the server",
                server.err())) {
          run = new RunWaiter(client).awaitEnd(target.dagId, target.runId, wait);
        }
      } else {
        run = client.get(path);
      }
      server.printer().object(run, COLUMNS);
      if (!server.printer().isJson()) {
        server.out().println();
        server
            .printer()
            .list(client.get(path + "/taskInstances"), "task_instances", TasksCommand.COLUMNS);
      }
      return await && run.get("state").asString().equals("failed")
          ? ExitCodes.FAILED
          : ExitCodes.OK;
    }
  }
}
