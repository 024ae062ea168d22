package dev.nightshift.platform.cli;

import static dev.nightshift.platform.cli.client.NightshiftClient.encode;

import dev.nightshift.platform.cli.client.ExitCodes;
import dev.nightshift.platform.cli.client.ServerOptions;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code nightshift serving versions|rollback}. */
@Command(
    name = "serving",
    mixinStandardHelpOptions = true,
    description = "Serving versions of a dataset (feeds, recommendations, trends) and rollback.",
    subcommands = {ServingCommand.Versions.class, ServingCommand.Rollback.class})
final class ServingCommand {

  /** Both commands print the dataset's versions: the current one, then the kept history. */
  abstract static class DatasetCommand implements Callable<Integer> {
    @Mixin ServerOptions server;

    @Parameters(paramLabel = "DATASET", description = "feeds, recommendations or trends.")
    String dataset;

    abstract JsonNode send(String path);

    @Override
    public Integer call() {
      JsonNode versions = send("/serving/" + encode(dataset));
      if (server.printer().isJson()) {
        server.printer().json(versions);
        return ExitCodes.OK;
      }
      server.printer().object(versions, "dataset", "current_version");
      server.out().println();
      server
          .printer()
          .list(
              versions,
              "versions",
              "version",
              "state",
              "is_current",
              "created_at",
              "producer",
              "row_count",
              "mean_score",
              "p50_score",
              "p90_score");
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "versions",
      mixinStandardHelpOptions = true,
      description = "The current version and the kept versions with state, rows and scores.")
  static final class Versions extends DatasetCommand {
    @Override
    JsonNode send(String path) {
      return server.client().get(path + "/versions");
    }
  }

  @Command(
      name = "rollback",
      mixinStandardHelpOptions = true,
      description =
          "Serve the previous published version again; the current one is never served again.")
  static final class Rollback extends DatasetCommand {
    @Override
    JsonNode send(String path) {
      return server.client().post(path + "/rollback", Map.of());
    }
  }
}
