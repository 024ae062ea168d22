package dev.nightshift.platform.cli.client;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Polls a run until it has finished. */
public final class RunWaiter {
  private final NightshiftClient client;
  private final Duration interval;

  public RunWaiter(NightshiftClient client, Duration interval) {
    this.client = client;
    this.interval = interval;
  }

  /** The run as it ended: state {@code success} or {@code failed}. */
  public JsonNode awaitEnd(String dagId, String runId) throws InterruptedException {
    String path = NightshiftClient.runPath(dagId, runId);
    while (true) {
      JsonNode run = client.get(path);
      String state = run.path("state").asString();
      if (state.equals("success") || state.equals("failed")) {
        return run;
      }
      Thread.sleep(interval.toMillis());
    }
  }
}
