package dev.nightshift.platform.cli;

import static dev.nightshift.platform.cli.client.NightshiftClient.encode;

import dev.nightshift.platform.cli.client.ConfValues;
import dev.nightshift.platform.cli.client.ExitCodes;
import dev.nightshift.platform.cli.client.NightshiftClient;
import dev.nightshift.platform.cli.client.RunWaiter;
import dev.nightshift.platform.cli.client.WaitOptions;
import dev.nightshift.platform.cli.client.Waiting;
import dev.nightshift.platform.cli.client.ServerOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code nightshift dags list|show|next|pause|unpause|trigger}. */
@Command(
    name = "dags",
    mixinStandardHelpOptions = true,
    description = "List, inspect, pause and trigger DAGs.",
    subcommands = {
      DagsCommand.ListDags.class,
      DagsCommand.Show.class,
      DagsCommand.Next.class,
      DagsCommand.Pause.class,
      DagsCommand.Unpause.class,
      DagsCommand.Trigger.class
    })
final class DagsCommand {

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List DAGs.")
  static final class ListDags implements Callable<Integer> {
    @Mixin ServerOptions server;

    @Option(names = "--tag", description = "Only DAGs with this tag (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--limit", defaultValue = "100")
    int limit;

    @Option(names = "--offset", defaultValue = "0")
    long offset;

    @Override
    public Integer call() {
      StringBuilder path = new StringBuilder("/dags?limit=" + limit + "&offset=" + offset);
      tags.forEach(t -> path.append("&tags=").append(encode(t)));
      server
          .printer()
          .list(
              server.client().get(path.toString()),
              "dags",
              "dag_id",
              "is_paused",
              "schedule",
              "next_dagrun",
              "tags");
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "One DAG: schedule, next run, params and tasks.")
  static final class Show implements Callable<Integer> {
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "DAG")
    String dagId;

    @Override
    public Integer call() {
      JsonNode dag = server.client().get("/dags/" + encode(dagId));
      server
          .printer()
          .object(
              dag,
              "dag_id",
              "description",
              "is_paused",
              "is_active",
              "schedule",
              "timezone",
              "next_dagrun",
              "next_dagrun_data_interval_end",
              "max_active_runs",
              "fileloc",
              "dag_version");
      if (!server.printer().isJson()) {
        server.out().println();
        server.printer().list(dag, "params", "name", "type", "default", "description");
        server.out().println();
        server.printer().list(dag, "tasks", "task_id", "type", "upstream_task_ids", "pool");
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "next",
      mixinStandardHelpOptions = true,
      description = "The DAG's next scheduled runs: data intervals and when each falls due.")
  static final class Next implements Callable<Integer> {
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "DAG")
    String dagId;

    @Option(names = {"-n", "--count"}, defaultValue = "10", description = "How many runs (default 10).")
    int count;

    @Override
    public Integer call() {
      JsonNode runs =
          server.client().get("/dags/" + encode(dagId) + "/upcomingDagRuns?limit=" + count);
      server
          .printer()
          .list(
              runs,
              "dag_runs",
              "data_interval_start",
              "data_interval_end",
              "run_after",
              "run_after_local");
      return ExitCodes.OK;
    }
  }

  /** Pause and unpause differ only in the state they set. */
  abstract static class SetPaused implements Callable<Integer> {
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "DAG")
    String dagId;

    abstract boolean paused();

    @Override
    public Integer call() {
      JsonNode dag =
          server.client().patch("/dags/" + encode(dagId), Map.of("is_paused", paused()));
      server.printer().object(dag, "dag_id", "is_paused");
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "pause",
      mixinStandardHelpOptions = true,
      description = "Pause a DAG: no scheduled runs are created.")
  static final class Pause extends SetPaused {
    @Override
    boolean paused() {
      return true;
    }
  }

  @Command(
      name = "unpause",
      mixinStandardHelpOptions = true,
      description = "Unpause a DAG; runs missed meanwhile follow its catch-up setting.")
  static final class Unpause extends SetPaused {
    @Override
    boolean paused() {
      return false;
    }
  }

  @Command(
      name = "trigger",
      mixinStandardHelpOptions = true,
      description = "Start a run now; --wait waits for its end (exit 1 when it failed).")
  static final class Trigger implements Callable<Integer> {
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "DAG")
    String dagId;

    @Option(
        names = {"-c", "--conf"},
        paramLabel = "KEY=VALUE",
        description = "A param of the run (repeatable); JSON values such as 7 or [1,2] are typed.")
    List<String> conf = new ArrayList<>();

    @Option(names = "--logical-date", description = "ISO date or date-time (default now).")
    String logicalDate;

    @Option(names = "--run-id", description = "The run's id (default manual__<logical date>).")
    String runId;

    @Option(names = "--wait", description = "Wait until the run has finished.")
    boolean await;

    @Mixin WaitOptions waiting;

    @Override
    public Integer call() throws InterruptedException {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("conf", ConfValues.parse(conf));
      if (logicalDate != null) {
        body.put("logical_date", logicalDate);
      }
      if (runId != null) {
        body.put("dag_run_id", runId);
      }
      NightshiftClient client = server.client();
      JsonNode run;
      // Waiting starts before the run exists, so that Ctrl-C at any moment ends with its line.
      try (Waiting wait = await ? waiting.start("the run goes on on the server", server.err()) : null) {
        run = client.post("/dags/" + encode(dagId) + "/dagRuns", body);
        if (wait != null) {
          run = new RunWaiter(client).awaitEnd(dagId, run.get("dag_run_id").asString(), wait);
        }
      }
      server.printer().object(run, "dag_id", "dag_run_id", "logical_date", "state", "conf");
      return await && run.get("state").asString().equals("failed")
          ? ExitCodes.FAILED
          : ExitCodes.OK;
    }
  }
}
