package dev.nightshift.platform.cli.client;

import tools.jackson.databind.JsonNode;

/** Polls a run until it has finished, backing off while its state does not change. */
public final class RunWaiter {
  private final NightshiftClient client;

  public RunWaiter(NightshiftClient client) {
    this.client = client;
  }

  /** The run as it ended: state {@code success} or {@code failed}. */
  public JsonNode awaitEnd(String dagId, String runId, Waiting waiting)
      throws InterruptedException {
    String path = NightshiftClient.runPath(dagId, runId);
    String last = null;
    while (true) {
      JsonNode run = client.get(path);
      String state = run.path("state").asString();
      if (state.equals("success") || state.equals("failed")) {
        return run;
      }
      waiting.pause(!state.equals(last));
      last = state;
    }
  }
}
