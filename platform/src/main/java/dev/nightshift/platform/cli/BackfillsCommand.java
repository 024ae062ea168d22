package dev.nightshift.platform.cli;

import dev.nightshift.platform.cli.client.ExitCodes;
import dev.nightshift.platform.cli.client.ServerOptions;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code nightshift backfills list|show|pause|resume|cancel}: the stored backfills. */
@Command(
    name = "backfills",
    mixinStandardHelpOptions = true,
    description = "List, show, pause, resume and cancel backfills.",
    subcommands = {
      BackfillsCommand.ListBackfills.class,
      BackfillsCommand.Show.class,
      BackfillsCommand.Pause.class,
      BackfillsCommand.Resume.class,
      BackfillsCommand.Cancel.class
    })
final class BackfillsCommand {
  private static final String[] FIELDS = {
    "id", "dag_id", "from_date", "to_date", "status", "total", "created", "skipped", "queued",
    "running", "success", "failed", "created_at", "updated_at", "completed_at", "error"
  };

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Every backfill, oldest first, with its status and progress.")
  static final class ListBackfills implements Callable<Integer> {
    @Mixin ServerOptions server;

    @Override
    public Integer call() {
      JsonNode answer = server.client().get("/backfills");
      if (server.printer().isJson()) {
        server.printer().json(answer);
      } else {
        server.printer().list(answer, "backfills", "id", "dag_id", "from_date", "to_date",
            "status", "total", "created", "success", "failed");
      }
      return ExitCodes.OK;
    }
  }

  /** The commands on one backfill print it as it is afterwards. */
  abstract static class OneBackfill implements Callable<Integer> {
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "ID", description = "The backfill's id (see: backfills list).")
    long id;

    abstract JsonNode send(String path);

    @Override
    public Integer call() {
      JsonNode backfill = send("/backfills/" + id);
      if (server.printer().isJson()) {
        server.printer().json(backfill);
      } else {
        server.printer().object(backfill, FIELDS);
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "A backfill's status and progress.")
  static final class Show extends OneBackfill {
    @Override
    JsonNode send(String path) {
      return server.client().get(path);
    }
  }

  @Command(name = "pause", mixinStandardHelpOptions = true,
      description = "Create no more runs of a running backfill until it is resumed.")
  static final class Pause extends OneBackfill {
    @Override
    JsonNode send(String path) {
      return server.client().post(path + "/pause", Map.of());
    }
  }

  @Command(name = "resume", mixinStandardHelpOptions = true,
      description = "Go on creating the runs of a paused backfill.")
  static final class Resume extends OneBackfill {
    @Override
    JsonNode send(String path) {
      return server.client().post(path + "/unpause", Map.of());
    }
  }

  @Command(name = "cancel", mixinStandardHelpOptions = true,
      description = "Create no more runs of a backfill; runs already created run to their end.")
  static final class Cancel extends OneBackfill {
    @Override
    JsonNode send(String path) {
      return server.client().post(path + "/cancel", Map.of());
    }
  }
}
