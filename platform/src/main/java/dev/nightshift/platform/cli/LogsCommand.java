package dev.nightshift.platform.cli;

import static dev.nightshift.platform.cli.client.NightshiftClient.encode;

import dev.nightshift.platform.cli.client.ExitCodes;
import dev.nightshift.platform.cli.client.NightshiftClient;
import dev.nightshift.platform.cli.client.ServerOptions;
import dev.nightshift.platform.cli.client.WaitOptions;
import dev.nightshift.platform.cli.client.Waiting;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code nightshift logs DAG RUN TASK [--try N] [--follow]}. */
@Command(
    name = "logs",
    mixinStandardHelpOptions = true,
    description = "Print a try's log; --follow keeps printing until the try has ended.")
final class LogsCommand implements Callable<Integer> {
  @Mixin ServerOptions server;

  @Mixin RunArguments run;

  @Parameters(index = "2", paramLabel = "TASK")
  String taskId;

  @Option(names = "--try", description = "The try (default: the latest).")
  Integer tryNumber;

  @Option(
      names = {"-f", "--follow"},
      description = "Wait for more output until the try ends.")
  boolean follow;

  @Mixin WaitOptions waiting;

  @Override
  public Integer call() throws InterruptedException {
    NightshiftClient client = server.client();
    String task =
        run.path() + "/taskInstances/" + encode(taskId);
    try (Waiting wait = waiting.start("the task goes on on the server", server.err())) {
      int number = tryNumber != null ? tryNumber : latestTry(client, task, wait);
      PrintWriter out = server.out();
      long offset = 0;
      while (true) {
        JsonNode chunk = client.get(task + "/logs/" + number + "?offset=" + offset);
        String content = chunk.get("content").asString();
        out.print(content);
        out.flush();
        offset = chunk.get("next_offset").asLong();
        boolean more = chunk.get("next_offset").asLong() < chunk.get("size").asLong();
        if (!more && (!follow || chunk.get("end_of_log").asBoolean())) {
          return ExitCodes.OK;
        }
        if (!more) {
          wait.pause(!content.isEmpty());
        }
      }
    }
  }

  /** The latest try; while the task has not started yet a follower waits for its first. */
  private int latestTry(NightshiftClient client, String task, Waiting wait)
      throws InterruptedException {
    while (true) {
      int latest = client.get(task).get("try_number").asInt();
      if (latest > 0 || !follow) {
        return Math.max(latest, 1);
      }
      wait.pause(false);
    }
  }
}
