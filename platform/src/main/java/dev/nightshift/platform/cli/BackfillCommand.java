package dev.nightshift.platform.cli;

import static dev.nightshift.platform.cli.client.NightshiftClient.encode;

import dev.nightshift.platform.cli.client.ConfValues;
import dev.nightshift.platform.cli.client.ExitCodes;
import dev.nightshift.platform.cli.client.NightshiftClient;
import dev.nightshift.platform.cli.client.Progress;
import dev.nightshift.platform.cli.client.ServerOptions;
import dev.nightshift.platform.cli.client.WaitOptions;
import dev.nightshift.platform.cli.client.Waiting;
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

/**
 * {@code nightshift backfill DAG --start … --end …}: one run per schedule interval, then a progress
 * display until every run has finished (exit 1 when any failed).
 */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    description =
        "Run a DAG for every schedule interval starting in [start, end] and show the"
            + " progress until all have finished.")
final class BackfillCommand implements Callable<Integer> {
  @Mixin ServerOptions server;

  @Parameters(paramLabel = "DAG")
  String dagId;

  @Option(
      names = "--start",
      required = true,
      description = "First logical date (ISO date or date-time).")
  String start;

  @Option(names = "--end", required = true, description = "Last logical date (inclusive).")
  String end;

  @Option(
      names = {"-c", "--conf"},
      paramLabel = "KEY=VALUE",
      description = "A param of every run.")
  List<String> conf = new ArrayList<>();

  @Option(names = "--no-wait", description = "Return once the backfill is accepted.")
  boolean noWait;

  @Mixin WaitOptions waiting;

  @Override
  public Integer call() throws InterruptedException {
    NightshiftClient client = server.client();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from_date", start);
    body.put("to_date", end);
    body.put("dag_run_conf", ConfValues.parse(conf));
    JsonNode backfill = client.post("/dags/" + encode(dagId) + "/backfills", body);
    long id = backfill.get("id").asLong();
    if (!server.printer().isJson()) {
      server
          .out()
          .println(
              "backfill "
                  + id
                  + " of "
                  + dagId
                  + ": "
                  + backfill.get("total").asLong()
                  + " interval(s)");
    }
    if (noWait) {
      server.printer().object(backfill, "id", "dag_id", "from_date", "to_date", "total");
      return ExitCodes.OK;
    }
    try (Waiting wait =
            waiting.start("backfill " + id + " of " + dagId + " goes on on the server", server.err());
        Progress progress =
            Progress.start(
                "backfill " + dagId, backfill.get("total").asLong(), server.out(), System.err)) {
      long seen = -1;
      while (true) {
        backfill = client.get("/backfills/" + id);
        long total = backfill.get("total").asLong();
        long finished = backfill.get("success").asLong() + backfill.get("failed").asLong();
        progress.update(
            finished,
            total,
            "success "
                + backfill.get("success").asLong()
                + ", failed "
                + backfill.get("failed").asLong()
                + ", running "
                + backfill.get("running").asLong()
                + ", queued "
                + backfill.get("queued").asLong());
        if (done(backfill)) {
          break;
        }
        long started = finished + backfill.get("running").asLong();
        wait.pause(started != seen);
        seen = started;
      }
    }
    if (server.printer().isJson()) {
      server.printer().json(backfill);
    }
    return backfill.get("failed").asLong() > 0 || backfill.get("status").asString().equals("failed")
        ? ExitCodes.FAILED
        : ExitCodes.OK;
  }

  /** A backfill is done once it completed, was cancelled or failed; paused ones are waited for. */
  private static boolean done(JsonNode backfill) {
    String status = backfill.get("status").asString();
    return status.equals("completed") || status.equals("cancelled") || status.equals("failed");
  }
}
